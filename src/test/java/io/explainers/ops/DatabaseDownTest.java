package io.explainers.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.explainers.Management;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.site.ContentNotifications;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The database goes away under a running site and comes back: cached pages keep being served, the replica stays ready
 * (and says the database is down), what needs the database answers 503, and everything recovers without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.BehindAProxy.class)
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class DatabaseDownTest {

    /** Its own application, so the proxy only ever sits in front of this test's database. */
    public static class BehindAProxy implements QuarkusTestProfile {
    }

    static final String SEED = SeedText.PATH;
    /** The first administrator of the test configuration (application.properties, %test). */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-only-admin-password";

    @Inject
    TestTopics topics;
    @Inject
    ContentNotifications notifications;

    @Test
    void cachedPagesSurviveAnOutageAndEverythingRecovers() throws Exception {
        topics.publishedWithText("not-yet-visited", "never requested before the outage");
        String etag = given().get(SEED).then().statusCode(200).extract().header("ETag");
        given().get("/").then().statusCode(200);
        Management.given().get("/q/health/ready").then().statusCode(200);

        DatabaseProxy.current.cut();
        try {
            given().get(SEED).then().statusCode(200).header("ETag", etag);
            given().get("/").then().statusCode(200);

            Response uncached = given().get("/topics/not-yet-visited");
            assertEquals(503, uncached.statusCode());
            assertEquals("30", uncached.header("Retry-After"));
            assertEquals("Back in a moment", Jsoup.parse(uncached.asString()).selectFirst("h1").text());
            // A Spanish address that needs the database gets the outage page in Spanish.
            Response spanish = given().get("/es/temas/aun-no-visitada");
            assertEquals(503, spanish.statusCode());
            org.jsoup.nodes.Document calm = Jsoup.parse(spanish.asString());
            assertEquals("es", calm.selectFirst("html").attr("lang"));
            assertEquals("Volvemos en un momento", calm.selectFirst("h1").text());
            assertEquals("/es/", calm.selectFirst("main a").attr("href"));

            // Every replica shares this database: readiness stays UP so the Service keeps this replica and its cache,
            // and says what it knows of the database in its details, in the database group and as a gauge.
            Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            Management.given().get("/q/health/group/database").then().statusCode(503).body("status", equalTo("DOWN"));
            awaitDatabaseReported("DOWN");
            assertEquals(0.0, OperationsTest.metric("explainers_database_up"));
            // The editorial API says so in problem+json, and changes nothing.
            given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/api/topics").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "30")
                    .body("status", equalTo(503));
            Management.given().get("/q/health/live").then().statusCode(200);
            // A crawl of pages not in the cache meets the outage with many addresses: they are timed by route, not
            // each as a series of its own.
            String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertEquals(-1, metrics.indexOf("not-yet-visited"), "no series named after a topic");
            assertEquals(-1, metrics.indexOf("aun-no-visitada"), "no series named after a Spanish topic");
            assertTrue(metrics.contains("status=\"503\",uri=\"/topics/{slug}\""), "timed by route");
        } finally {
            DatabaseProxy.current.restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Management.given().get("/q/health/group/database").statusCode() != 200) {
            assertTrue(Instant.now().isBefore(deadline), "the database is reachable again within 30 s");
            Thread.sleep(250);
        }
        awaitDatabaseReported("UP");
        assertEquals(1.0, OperationsTest.metric("explainers_database_up"));
        given().get("/topics/not-yet-visited").then().statusCode(200);
        given().get(SEED).then().statusCode(200).header("ETag", etag);
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/api/topics").then().statusCode(200);

        if ("postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            // The connection that listens for other replicas' changes died with the outage: a new one listens.
            deadline = Instant.now().plus(Duration.ofSeconds(40));
            while (!notifications.listening()) {
                assertTrue(Instant.now().isBefore(deadline), "listening again within 40 s");
                Thread.sleep(250);
            }
        }
    }

    /** Readiness reports the last scheduled check (every second in tests), so it may take a moment to notice. */
    static void awaitDatabaseReported(String state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!state.equals(Management.given().get("/q/health/ready").then().statusCode(200).extract()
                .path("checks.find { it.name == 'Explainers site' }.data.database"))) {
            assertTrue(Instant.now().isBefore(deadline), "readiness reports the database " + state);
            Thread.sleep(250);
        }
    }
}
