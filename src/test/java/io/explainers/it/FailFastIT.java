package io.explainers.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** A production (PostgreSQL) build started without its settings stops at once and says which ones are missing. */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "the embedded H2 build has working defaults for everything")
class FailFastIT {

    @TempDir
    Path workDir;

    @Test
    void refusesToStartWithOneClearMessage() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Dquarkus.http.port=0", "-jar",
                ContentSurvivesRestartIT.JAR.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("EXPLAINERS_"));
        Process app = builder.start();
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "it stops by itself");
        assertNotEquals(0, app.exitValue());
        String log = Files.readString(workDir.resolve("app.log"));
        assertTrue(log.contains("Explainers cannot start: this is a postgresql (production) build and these settings are missing: "
                + "QUARKUS_DATASOURCE_JDBC_URL"), log);
        assertTrue(log.contains("EXPLAINERS_SITE_BASE_URL"), log);
    }
}
