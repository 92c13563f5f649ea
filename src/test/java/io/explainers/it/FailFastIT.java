package io.explainers.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production (PostgreSQL) build started without its settings, or with a placeholder address, stops at once and says
 * which ones are wrong; so does either build given a setting out of range.
 */
class FailFastIT {

    static final String PRODUCTION_BUILD = "postgresql";
    static final String EMBEDDED = "the embedded H2 build has working defaults for everything";

    @TempDir
    Path workDir;

    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = PRODUCTION_BUILD, disabledReason = EMBEDDED)
    void refusesToStartWithOneClearMessage() throws Exception {
        String log = start(Map.of());
        assertTrue(log.contains("Explainers cannot start: this is a postgresql (production) build and these settings are "
                + "missing or placeholders: QUARKUS_DATASOURCE_JDBC_URL"), log);
        assertTrue(log.contains("EXPLAINERS_SITE_BASE_URL"), log);
    }

    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = PRODUCTION_BUILD, disabledReason = EMBEDDED)
    void refusesTheManifestsPlaceholderAddress() throws Exception {
        // Nothing listens on this database: the check must stop the start before anything connects.
        String log = start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/explainers",
                "EXPLAINERS_SITE_BASE_URL", "https://explainers.example"));
        assertTrue(log.contains("these settings are missing or placeholders: EXPLAINERS_SITE_BASE_URL"), log);
        assertFalse(log.contains("QUARKUS_DATASOURCE_JDBC_URL ("), log);
    }

    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = PRODUCTION_BUILD, disabledReason = EMBEDDED)
    void refusesAKeyIndexNowWouldRefuse() throws Exception {
        String log = start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/explainers",
                "EXPLAINERS_SITE_BASE_URL", "https://explainers.org", "EXPLAINERS_INDEXNOW_KEY", "not a key"));
        assertTrue(log.contains("Explainers cannot start: EXPLAINERS_INDEXNOW_KEY (explainers.indexnow.key) must be 8 to "
                + "128 characters of a-z, A-Z, 0-9 and '-'"), log);
        assertFalse(log.contains("not a key"), "the key itself is not logged");
    }

    /**
     * Numbers out of range had started a replica that reported ready and answered 500 on every page that used them (a
     * negative cache size, a sitemap of 0 URLs, a home page of 0 topics), or sent them to clients (a negative max-age).
     */
    @Test
    void refusesSettingsOutOfRangeNamingEach() throws Exception {
        String log = start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/explainers",
                "EXPLAINERS_SITE_BASE_URL", "not-a-url", "EXPLAINERS_CACHE_MAX_MEGABYTES", "-5",
                "EXPLAINERS_SITEMAP_MAX_URLS", "0", "EXPLAINERS_HOME_PAGE_SIZE", "0", "EXPLAINERS_HTTP_MAX_AGE", "-1",
                "EXPLAINERS_LOGIN_FAILURES_PER_ADDRESS", "-1", "EXPLAINERS_LOGIN_WINDOW", "0s"));
        for (String refused : List.of("explainers.site.base-url must be an http:// or https:// address",
                "explainers.cache.max-megabytes must be greater than or equal to 0",
                "explainers.sitemap.max-urls must be greater than or equal to 1",
                "explainers.home.page-size must be greater than or equal to 1",
                "explainers.http.max-age must be greater than or equal to 0",
                "explainers.login.failures-per-address must be greater than or equal to 1",
                "explainers.login.window must be")) {
            assertTrue(log.contains(refused), refused + " in\n" + log);
        }
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
