package io.explainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.explainers.SeedText;

/**
 * The packaged application on its default database, an H2 file under {@code ./data}: the seed arrives once, and what
 * is in the database is still there after a restart.
 */
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "about the embedded H2 build; a PostgreSQL build keeps its data in the server")
class ContentSurvivesRestartIT {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final String PAGE = SeedText.PATH;

    @TempDir
    Path workDir;

    @Test
    void contentSurvivesRestarts() throws Exception {
        assertTrue(Files.exists(JAR), "package the application first (mvn verify does)");

        try (RunningApp app = RunningApp.start(workDir)) {
            assertEquals("What is occupational therapy for kids?", app.h1(PAGE));
        }
        assertTrue(Files.exists(workDir.resolve("data")), "the database is a file under ./data");

        // An editor's change, written to the database while the application is down.
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/explainers"), "explainers",
                "")) {
            int changed = db.createStatement().executeUpdate(
                    "update topic set title = 'What is OT for kids? Changed', modified_at = current_timestamp where slug = '"
                            + SeedText.SLUG + "'");
            assertEquals(1, changed);
        }

        for (int restart = 1; restart <= 2; restart++) {
            try (RunningApp app = RunningApp.start(workDir)) {
                assertEquals("What is OT for kids? Changed", app.h1(PAGE), "after restart " + restart);
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/explainers"), "explainers",
                "");
                ResultSet seeds = db.createStatement().executeQuery("select count(*) from topic")) {
            seeds.next();
            assertEquals(2, seeds.getInt(1), "the seed and its Spanish edition were inserted exactly once");
        }
    }

    /** The packaged application, started in a working directory of its own on a free port. */
    record RunningApp(Process process, int port, HttpClient http) implements AutoCloseable {

        static RunningApp start(Path workDir, String... properties) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            // The management interface on a free port too: another application on this machine may hold 9000.
            List<String> command = new ArrayList<>(List.of(java, "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=0"));
            command.addAll(List.of(properties));
            command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("app.log").toFile())
                    .start();
            RunningApp app = new RunningApp(process, port, HttpClient.newHttpClient());
            try {
                app.awaitReady();
            } catch (Exception | AssertionError notStarted) {
                process.destroyForcibly(); // not left running after the test
                throw notStarted;
            }
            return app;
        }

        void awaitReady() throws Exception {
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                assertTrue(process.isAlive(), "the application stopped while starting");
                try {
                    if (get("/").statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("the application did not start within 60 s");
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String h1(String path) throws Exception {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode());
            return Jsoup.parse(response.body()).selectFirst("h1").text();
        }

        @Override
        public void close() throws Exception {
            process.destroy(); // SIGTERM: a graceful shutdown that closes the database cleanly
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the application did not stop within 30 s");
            }
        }

    }
}
