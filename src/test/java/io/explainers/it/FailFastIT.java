package io.explainers.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production (PostgreSQL) build started without its settings, or with a placeholder address, stops at once and says
 * which ones are wrong.
 */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "the embedded H2 build has working defaults for everything")
class FailFastIT {

    @TempDir
    Path workDir;

    @Test
    void refusesToStartWithOneClearMessage() throws Exception {
        String log = start(Map.of());
        assertTrue(log.contains("Explainers cannot start: this is a postgresql (production) build and these settings are "
                + "missing or placeholders: QUARKUS_DATASOURCE_JDBC_URL"), log);
        assertTrue(log.contains("EXPLAINERS_SITE_BASE_URL"), log);
    }

    @Test
    void refusesTheManifestsPlaceholderAddress() throws Exception {
        // Nothing listens on this database: the check must stop the start before anything connects.
        String log = start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/explainers",
                "EXPLAINERS_SITE_BASE_URL", "https://explainers.example"));
        assertTrue(log.contains("these settings are missing or placeholders: EXPLAINERS_SITE_BASE_URL"), log);
        assertFalse(log.contains("QUARKUS_DATASOURCE_JDBC_URL ("), log);
    }

    @Test
    void refusesAKeyIndexNowWouldRefuse() throws Exception {
        String log = start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/explainers",
                "EXPLAINERS_SITE_BASE_URL", "https://explainers.org", "EXPLAINERS_INDEXNOW_KEY", "not a key"));
        assertTrue(log.contains("Explainers cannot start: EXPLAINERS_INDEXNOW_KEY (explainers.indexnow.key) must be 8 to "
                + "128 characters of a-z, A-Z, 0-9 and '-'"), log);
        assertFalse(log.contains("not a key"), "the key itself is not logged");
    }

    private String start(Map<String, String> environment) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-jar",
                ContentSurvivesRestartIT.JAR.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("EXPLAINERS_"));
        builder.environment().putAll(environment);
        Process app = builder.start();
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "it stops by itself");
        assertNotEquals(0, app.exitValue());
        return Files.readString(workDir.resolve("app.log"));
    }
}
