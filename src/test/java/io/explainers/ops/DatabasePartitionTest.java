package io.explainers.ops;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A network partition: the database swallows every packet, so nothing fails, everything waits. What needs the database
 * must not wait with it: each such request would hold one of the few worker threads until the driver gave up, and a
 * crawl of uncached pages would take them all, the editorial API with them. Once the database is known not to answer,
 * such requests get the 503 at once; cached pages, and what needs no database, keep answering.
 */
@QuarkusTest
@TestProfile(DatabasePartitionTest.Partitioned.class)
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class DatabasePartitionTest {

    /**
     * Its own application behind the proxy, whose PostgreSQL driver waits longer than the hang detector below: only
     * the application itself can answer in time, on H2 (whose driver never gives up) and on PostgreSQL alike.
     */
    public static class Partitioned implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "120",
                    // Nor does the pool give up on a connection it waits for before the hang detector: the worker
                    // threads the first misses hold stay held, so what answers must answer without one.
                    "quarkus.datasource.jdbc.acquisition-timeout", "120s");
        }
    }

    static final String SEED = SeedText.PATH;

    @Inject
    TestTopics topics;

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workers;

    private final ExecutorService client = Executors.newCachedThreadPool();

    @AfterEach
    void stopClient() {
        client.shutdownNow();
    }

    @Test
    void whatNeedsTheDatabaseIsAnsweredAtOnceWhileItSwallowsEverything() throws Exception {
        topics.publishedWithText("not-yet-visited", "never requested before the partition");
        String etag = given().get(SEED).then().statusCode(200).extract().header("ETag");
        given().get("/").then().statusCode(200);

        DatabaseProxy.current.blackHole();
        try {
            // The first misses reach the database before anything knows it is gone, and wait on it with every worker
            // thread. Nothing has failed: the check, on a thread of its own, finds that the database does not answer.
            for (int i = 0; i < workers; i++) {
                String page = "/topics/stuck-" + i;
                client.submit(() -> given().get(page));
            }
            DatabaseDownTest.awaitDatabaseReported("DOWN");

            // More uncached pages than there are worker threads: none of them holds one.
            for (int i = 0; i < 2 * workers; i++) {
                String page = i == 0 ? "/topics/not-yet-visited" : "/topics/never-" + i;
                Response uncached = answered(() -> given().get(page));
                assertEquals(503, uncached.statusCode());
                assertEquals("30", uncached.header("Retry-After"));
                assertEquals("no-store", uncached.header("Cache-Control"));
                assertEquals("Back in a moment", Jsoup.parse(uncached.asString()).selectFirst("h1").text());
            }
            answered(() -> given().get("/es/temas/aun-no-visitada")).then().statusCode(503);
            answered(() -> given().get("/sitemap.xml")).then().statusCode(503);
            // The first home page is cached; another is another page, which needs the database.
            answered(() -> given().get("/?page=2")).then().statusCode(503);
            answered(() -> given().auth().preemptive().basic(DatabaseDownTest.ADMIN, DatabaseDownTest.ADMIN_PASSWORD)
                    .contentType("application/json").body("{}").post("/api/topics")).then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "30")
                    .body("status", equalTo(503));
            // Every spelling that reaches the API, before its login looks the editor up in the database.
            for (String spelling : List.of("/api;x/topics", "//api/topics", "/api/./topics", "/x/../api/topics",
                    "/%61pi/topics")) {
                answered(() -> given().urlEncodingEnabled(false)
                        .auth().preemptive().basic(DatabaseDownTest.ADMIN, DatabaseDownTest.ADMIN_PASSWORD).get(spelling))
                        .then().statusCode(503).contentType("application/problem+json");
            }

            // What needs no database, with every worker thread still waiting: the cached page, with a campaign
            // parameter too, and robots.txt and the About page, never asked for before.
            answered(() -> given().get(SEED)).then().statusCode(200).header("ETag", etag);
            answered(() -> given().get(SEED + "?utm_source=newsletter")).then().statusCode(200).header("ETag", etag);
            answered(() -> given().get("/robots.txt")).then().statusCode(200);
            answered(() -> given().get("/about")).then().statusCode(200);
        } finally {
            DatabaseProxy.current.restore();
        }

        DatabaseDownTest.awaitDatabaseReported("UP");
        given().get("/topics/not-yet-visited").then().statusCode(200);
        given().get("/topics/never-1").then().statusCode(404);
    }

    /**
     * A failover: the partition ends with the database answering at the same address, but the connections the pool
     * opened before lead to the host that is gone, and stay silent. The pool's validation of each must give up on its
     * own (validation-query-timeout) so that the pool opens new ones; otherwise each check would wait on one in turn,
     * for up to the driver's socket timeout (120 s here), before the pages could come back.
     */
    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "H2's driver never gives up on a silent connection; the networked database in production is PostgreSQL")
    void afterAFailoverTheDeadPooledConnectionsAreReplaced() throws Exception {
        topics.publishedWithText("after-the-failover", "never requested before the failover");
        // Several connections in the pool, idle when the partition begins.
        List<Future<Response>> pages = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            String page = "/topics/warming-" + i;
            pages.add(client.submit(() -> given().get(page)));
        }
        for (Future<Response> page : pages) {
            page.get(20, SECONDS);
        }

        DatabaseProxy.current.blackHole();
        try {
            DatabaseDownTest.awaitDatabaseReported("DOWN");

            DatabaseProxy.current.failover();
            DatabaseDownTest.awaitDatabaseReported("UP");
            answered(() -> given().get("/topics/after-the-failover")).then().statusCode(200);
        } finally {
            DatabaseProxy.current.restore();
        }
    }

    /**
     * The answer, or a failure if none comes: not a timing target, a hang detector. A request that reached the
     * database would wait for the whole partition.
     */
    private Response answered(Callable<Response> request) throws Exception {
        try {
            return client.submit(request).get(20, SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer in 20 s: the request waits for the database", e);
        }
    }

}
