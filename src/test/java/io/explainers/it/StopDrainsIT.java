package io.explainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.SeedText;
import io.explainers.it.ContentSurvivesRestartIT.RunningApp;
import io.restassured.RestAssured;

/**
 * A replica asked to stop with a shutdown delay (as the Kubernetes manifest sets it) keeps serving visitors while load
 * balancers learn that it is going, and says so: readiness is DOWN at once, and pages tell keep-alive clients to
 * reconnect elsewhere. Without the delay it stops taking requests within a second or two of SIGTERM.
 */
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "the stop is the same on either database; this starts the embedded H2 build")
class StopDrainsIT {

    /** Long enough that an application without it would be gone well before the page is asked for again. */
    static final Duration DELAY = Duration.ofSeconds(8);

    @TempDir
    Path workDir;

    @Test
    void aStoppingReplicaServesThroughTheDelayAndIsNotReady() throws Exception {
        assertTrue(Files.exists(ContentSurvivesRestartIT.JAR), "package the application first (mvn verify does)");
        int management;
        try (ServerSocket socket = new ServerSocket(0)) {
            management = socket.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI readiness = URI.create("http://localhost:" + management + "/q/health/ready");

        RunningApp app = RunningApp.start(workDir, "-Dquarkus.management.port=" + management,
                "-Dquarkus.shutdown.delay=" + DELAY.toSeconds() + "s");
        try {
            assertEquals(200, app.get(SeedText.PATH).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());

            app.process().destroy(); // SIGTERM, as the kubelet sends it
            long stopAsked = System.nanoTime();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(readiness).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (int tries = 0; ready.statusCode() == 200 && tries < 50; tries++) {
                Thread.sleep(100); // the signal reaches the application's shutdown hook a moment later
                ready = http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(503, ready.statusCode(), "not ready as soon as the stop begins: " + ready.body());
            JsonNode site = null;
            for (JsonNode check : new ObjectMapper().readTree(ready.body()).path("checks")) {
                site = "Explainers site".equals(check.path("name").asText()) ? check : site;
            }
            assertTrue(site != null && site.at("/data/stopping").asBoolean(), ready.body());

            // Well into the delay, seconds after an application without one would have stopped.
            Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - stopAsked) / 1_000_000));
            assertTrue(app.process().isAlive(), "the application stopped before its delay was over");
            // RestAssured, whose client shows the Connection header (java.net.http keeps it to itself).
            io.restassured.response.Response page = RestAssured.get("http://localhost:" + app.port() + SeedText.PATH);
            assertEquals(200, page.statusCode(), "visitors still sent here during the delay get their page");
            assertEquals("close", page.header("Connection"),
                    "and are told to reconnect, so that their next request goes to a replica that stays");

            assertTrue(app.process().waitFor(DELAY.toSeconds() + 25, TimeUnit.SECONDS),
                    "the application stops once the delay is over");
        } finally {
            app.close();
        }
    }
}
