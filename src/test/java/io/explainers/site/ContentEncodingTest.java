package io.explainers.site;

import static io.explainers.site.HttpCachingTest.RAW;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Accept-Encoding read as RFC 9110 says, and 304s that describe no body. */
@QuarkusTest
class ContentEncodingTest {

    static final String SEED = SeedText.PATH;

    @Inject
    PageCache cache;

    @Test
    void qualityZeroMeansNotAcceptableInAnyCaseAndTheStarCoversGzip() {
        Map<String, Boolean> gzip = new java.util.LinkedHashMap<>();
        gzip.put("gzip", true);
        gzip.put("GZIP", true);
        gzip.put("x-gzip", true);
        gzip.put("*", true);
        gzip.put("br, *", true);
        gzip.put("*;q=0", false);
        gzip.put("*; q=0.000", false);
        gzip.put("gzip;q=0", false);
        gzip.put("gzip;Q=0", false);
        gzip.put("gzip; Q = 0.0", false);
        gzip.put("gzip;q=0.001", true);
        gzip.put("*;q=0, gzip", true);
        gzip.put("*;Q=0, GZIP;q=1", true);
        gzip.put("gzip;q=0, *", false);
        gzip.put("gzip;Q=0, *;q=1", false);
        gzip.put("br;q=1, *;Q=0", false);
        gzip.put("identity", false);
        gzip.put("", false);
        gzip.put("gzip;q=abc", false);
        gzip.put("gzip;q=2", false);
        gzip.put(";", false);
        gzip.put(";;, gzip", true);
        gzip.forEach((header, expected) -> assertEquals(expected, PageResponses.acceptsGzip(header), header));

        for (String path : List.of(SEED, "/sitemap.xml")) {
            for (String header : List.of("*;q=0", "gzip;Q=0", "*;Q=0, identity")) {
                given().config(RAW).header("Accept-Encoding", header).get(path).then().statusCode(200)
                        .header("Content-Encoding", (String) null);
            }
            given().config(RAW).header("Accept-Encoding", "*").get(path).then().statusCode(200).header("Content-Encoding",
                    "gzip");
        }
    }

    @Test
    void a304CarriesNoContentEncodingOnAnyPath() {
        for (String path : List.of(SEED, "/", "/sitemap.xml")) {
            String etag = given().config(RAW).header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", "gzip").extract().header("ETag");
            for (boolean cached : new boolean[] { false, true }) {
                if (!cached) {
                    cache.evictAll(); // answered by the resource rather than from the page cache
                }
                Response notModified = given().config(RAW).header("Accept-Encoding", "gzip").header("If-None-Match", etag)
                        .get(path);
                assertEquals(304, notModified.statusCode(), path);
                assertEquals(etag, notModified.header("ETag"), path);
                assertNull(notModified.header("Content-Encoding"), path + (cached ? " from the cache" : " from the resource"));
            }
        }
    }
}
