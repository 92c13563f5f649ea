package io.explainers.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.explainers.Management;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/** What ops scrape: the three probes and the metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void probesAreUpAndTheDatabaseIsReportedBesideThem() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("Database connections health check")))
                .body("checks.find { it.name == 'Explainers site' }.data.database", equalTo("UP"));
        Management.given().get("/q/health/group/database").then().statusCode(200).body("status", equalTo("UP"));
        // Every group at once, as dashboards list them: the database's check is in it, and the list answers.
        Management.given().get("/q/health/group").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database"));
        assertEquals(1.0, metric("explainers_database_up"));
    }

    @Test
    void thePublicPortServesNoOperationsEndpoint() {
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/openapi.json", "/q/health", "/q/health/ready",
                "/q/health/live", "/q/health/started", "/q/health/group/database", "/q/metrics/")) {
            given().get(path).then().statusCode(404).contentType("text/html");
        }
        Management.given().get("/q/openapi").then().statusCode(200);
        Management.given().get("/q/metrics").then().statusCode(200);
        // The management port serves operations only, not the site.
        Management.given().get(SeedText.PATH).then().statusCode(404);
    }

    @Test
    void metricsCountRequestsAndRenderCacheHitsAndMisses() {
        String path = SeedText.PATH;
        double hitsBefore = metric("explainers_page_cache_requests_total\\{result=\"hit\"\\}");
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metric("explainers_page_cache_requests_total\\{result=\"hit\"\\}") >= hitsBefore + 2, "hits counted");
        assertTrue(metric("explainers_page_cache_requests_total\\{result=\"miss\"\\}") >= 1, "misses counted");
        assertTrue(metrics.contains(
                "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/topics/{slug}\"}"),
                "HTTP metrics by route, not by topic");
        assertEquals(-1, metrics.indexOf("uri=\"" + path + "\""), "no series per topic");

        given().get(path + "/card.png").then().statusCode(200);
        given().get(path + "/card.png").then().statusCode(200); // from the page cache, before JAX-RS
        String withCard = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(withCard.contains("uri=\"/topics/{slug}/card.png\""), "share cards by route");
        assertEquals(-1, withCard.indexOf("uri=\"" + path + "/card.png\""), "no series per share card");
    }

    /**
     * A client that makes up addresses makes no series: Micrometer keeps the first 100 uri tags, and a scanner's 405s
     * and OPTIONS, each named after its raw path, used them up, after which new routes went unmeasured.
     */
    @Test
    void addressesAClientMakesUpMakeNoSeries() {
        for (int i = 0; i < 3; i++) {
            given().post("/topics/made-up-" + i).then().statusCode(405);
            given().options("/made-up-" + i).then().statusCode(405).header("Allow", "GET, HEAD");
            given().options("/topics/made-up-" + i).then().statusCode(405);
            given().header("Host", "made up " + i).get("/made-up-host-" + i).then().statusCode(400);
        }
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(-1, metrics.indexOf("made-up"), "no series named after a made-up address");
    }

    @Test
    void cacheHitsAreCountedByTheCacheAloneNotTimedPerRequest() {
        String path = SeedText.PATH;
        given().get(path).then().statusCode(200); // a miss at most, then cached
        String timed = "http_server_requests_seconds_count\\{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/topics/\\{slug\\}\"\\}";
        double timedBefore = metric(timed);
        double hitsBefore = metric("explainers_page_cache_requests_total\\{result=\"hit\"\\}");
        for (int i = 0; i < 5; i++) {
            given().get(path).then().statusCode(200);
            given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200);
            given().head(path).then().statusCode(200);
        }
        assertEquals(hitsBefore + 15, metric("explainers_page_cache_requests_total\\{result=\"hit\"\\}"), "every hit counted");
        assertEquals(timedBefore, metric(timed), "no timer for a hit");
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(-1, metrics.indexOf("page-cache-hit"), "no series for the hits' route");

        // Anything that is not a hit keeps its timer by route: a topic that is not there, for one.
        String notFound = "http_server_requests_seconds_count\\{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/topics/\\{slug\\}\"\\}";
        double notFoundBefore = metric(notFound);
        given().get("/topics/no-such-topic-here").then().statusCode(404);
        // The timer records when the response has been written, which can be just after the client has read it.
        Instant deadline = Instant.now().plusSeconds(10);
        while (metric(notFound) < notFoundBefore + 1 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertEquals(notFoundBefore + 1, metric(notFound), "a 404 is timed");
    }

    static double metric(String pattern) {
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("^" + pattern + " ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
