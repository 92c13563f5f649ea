package io.explainers.jsonld;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The structured-data tests, against the packaged application. */
@QuarkusIntegrationTest
class StructuredDataIT extends StructuredDataTest {
}
