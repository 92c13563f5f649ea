package io.explainers.site;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The seed page tests, against the packaged application. */
@QuarkusIntegrationTest
class SeedPageIT extends SeedPageTest {
}
