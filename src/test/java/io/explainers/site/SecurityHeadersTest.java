package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every response, whatever produced it, tells the browser to lock the page down. */
@QuarkusTest
class SecurityHeadersTest {

    /** Pages, errors, static files, crawler files, redirects and conditional answers. */
    static final List<String> PATHS = List.of("/", SeedText.PATH, "/topics/no-such-topic", "/no/such/page",
            "/css/site.css", "/favicon.ico", "/sitemap.xml", "/robots.txt", SeedText.PATH + "/");

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : PATHS) {
            Response response = given().redirects().follow(false).get(path);
            assertSecure(response, path);
            assertNull(response.header("Strict-Transport-Security"), "no HSTS on a plain-http site");
        }
        String etag = given().get("/").header("ETag");
        Response notModified = given().header("If-None-Match", etag).get("/");
        assertEquals(304, notModified.statusCode());
        assertSecure(notModified, "304");
    }

    static void assertSecure(Response response, String what) {
        String csp = response.header("Content-Security-Policy");
        assertNotNull(csp, what);
        for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'",
                "object-src 'none'", "form-action 'self'")) {
            assertTrue(csp.contains(directive), what + ": " + directive);
        }
        assertFalse(csp.contains("unsafe-inline"), what);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), what);
        assertNotNull(response.header("Permissions-Policy"), what);
        assertEquals("same-origin", response.header("Cross-Origin-Opener-Policy"), what);
        assertNull(response.header("Server"), what + ": no server version");
        assertNull(response.header("X-Powered-By"), what);
    }
}
