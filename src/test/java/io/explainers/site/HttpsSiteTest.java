package io.explainers.site;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind TLS (a base URL on https) browsers are told to stay on https, and every absolute URL uses it. */
@QuarkusTest
@TestProfile(HttpsSiteTest.HttpsSite.class)
class HttpsSiteTest {

    public static class HttpsSite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("explainers.site.base-url", "https://explainers.example");
        }
    }

    @Test
    void sendsStrictTransportSecurityEverywhere() {
        for (String path : SecurityHeadersTest.PATHS) {
            given().redirects().follow(false).get(path).then()
                    .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        given().redirects().follow(false).get(SeedText.PATH + "/").then()
                .statusCode(301).header("Location", "https://explainers.example/topics/" + SeedText.SLUG);
    }
}
