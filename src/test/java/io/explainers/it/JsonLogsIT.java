package io.explainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.it.ContentSurvivesRestartIT.RunningApp;

/** Log collectors get one JSON object a line when ops switch it on; people get plain lines by default. */
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "starts the embedded H2 build")
class JsonLogsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    @Test
    void consoleLogsAreJsonWhenSwitchedOn() throws Exception {
        try (RunningApp app = RunningApp.start(workDir, "-Dquarkus.log.console.json.enabled=true")) {
            assertEquals(200, app.get("/").statusCode());
        }
        List<String> lines = Files.readAllLines(workDir.resolve("app.log")).stream().filter(line -> line.startsWith("{"))
                .toList();
        assertTrue(lines.size() >= 3, "log lines: " + lines.size());
        boolean started = false;
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertTrue(entry.has("timestamp") && entry.has("level") && entry.has("message"), line);
            started |= entry.get("message").asText().contains("started in");
        }
        assertTrue(started, "the start-up line is among them");
    }

    @Test
    void consoleLogsArePlainByDefault() throws Exception {
        try (RunningApp app = RunningApp.start(workDir)) {
            assertEquals(200, app.get("/").statusCode());
        }
        String log = Files.readString(workDir.resolve("app.log"));
        assertTrue(log.contains("started in"));
        assertTrue(log.lines().noneMatch(line -> line.startsWith("{\"timestamp\"")), "no JSON lines");
    }
}
