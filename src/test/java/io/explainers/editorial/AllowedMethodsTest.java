package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A 405 from the API says which methods the address takes (RFC 9110 requires the Allow header), and says it right:
 * each method it lists is routed (a reviewer gets anything but 405; nothing changes, since a reviewer may only read
 * and review, and the review is sent without a body), and each it leaves out is a 405 (or, where Quarkus REST routes
 * the method to another resource class, a 404).
 */
@QuarkusTest
class AllowedMethodsTest {

    static final String TOPIC = "/api/topics/" + SeedText.SLUG;
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void aMethodNotAllowedNamesTheOnesThatAre() {
        Map<String, String> allow = new TreeMap<>(Map.of(
                "/api/topics", "GET, HEAD, OPTIONS, POST",
                TOPIC, "DELETE, GET, HEAD, OPTIONS, PUT",
                TOPIC + "/publish", "OPTIONS, POST",
                TOPIC + "/revisions/1", "GET, HEAD, OPTIONS",
                TOPIC + "/revisions/1/restore", "OPTIONS, POST",
                TOPIC + "/editions/es", "GET, HEAD, OPTIONS, PUT",
                "/api/imports", "OPTIONS, POST",
                "/api/reviewers", "GET, HEAD, OPTIONS, POST",
                "/api/reviewers/1", "GET, HEAD, OPTIONS, PUT",
                "/api/indexnow", "GET, HEAD, OPTIONS"));
        allow.put(TOPIC + "/review", "OPTIONS, POST");
        allow.put(TOPIC + "/", "DELETE, GET, HEAD, OPTIONS, PUT");
        List<String> refused = new ArrayList<>();
        allow.forEach((path, expected) -> {
            // OPTIONS says the same (Quarkus REST's own answer listed every method of the resource class).
            Response options = Api.as(Api.REVIEWER).noContentType().options(path);
            assertEquals(200, options.statusCode(), "OPTIONS " + path);
            assertEquals(expected, options.header("Allow"), "OPTIONS " + path);
            Set<String> allowed = Set.of(expected.split(", "));
            for (String method : METHODS) {
                Response response = Api.as(Api.REVIEWER).noContentType().request(method, path);
                if (allowed.contains(method)) {
                    assertNotEquals(405, response.statusCode(), method + " " + path + " is routed");
                } else if (response.statusCode() == 405) {
                    assertEquals(expected, response.header("Allow"), method + " " + path);
                    assertEquals("application/problem+json", response.contentType(), method + " " + path);
                    refused.add(method + " " + path);
                } else {
                    // Quarkus REST picks the resource class by the longest path that matches with the method, so
                    // POST .../editions/es falls to TopicsResource, which has no such path: a 404 problem.
                    assertEquals(404, response.statusCode(), method + " " + path);
                }
            }
        });
        assertTrue(refused.size() >= 30, "405s with an Allow header to check: " + refused);
        assertTrue(refused.contains("PATCH " + TOPIC + "/revisions/1"), refused.toString());
    }
}
