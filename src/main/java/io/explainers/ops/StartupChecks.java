package io.explainers.ops;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * The first thing that happens at start: refuse to run in production without the settings production needs, then
 * bring the schema up to date. A PostgreSQL build (the native image, the production JVM build) is production: it must
 * be told where its database is and what its public address is; the embedded H2 build has working defaults for both.
 * The migration runs here rather than through {@code migrate-at-start} so that a missing setting is reported as one
 * clear message instead of a driver error.
 */
@ApplicationScoped
public class StartupChecks {

    static final String EMBEDDED_BASE_URL = "http://localhost:8080";

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> databaseUrl,
            @ConfigProperty(name = "explainers.site.base-url") String baseUrl,
            Flyway flyway) {
        // Tests, including those against the packaged application, run on the test profile with local defaults.
        if (!ConfigUtils.getProfiles().contains("test")) {
            List<String> missing = missingProductionSettings(databaseKind, databaseUrl, baseUrl);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Explainers cannot start: this is a " + databaseKind
                        + " (production) build and these settings are missing: " + String.join("; ", missing));
            }
        }
        flyway.migrate();
    }

    static List<String> missingProductionSettings(String databaseKind, Optional<String> databaseUrl, String baseUrl) {
        List<String> missing = new ArrayList<>();
        if (!"postgresql".equals(databaseKind)) {
            return missing;
        }
        if (databaseUrl.filter(url -> url.startsWith("jdbc:postgresql:")).isEmpty()) {
            missing.add("QUARKUS_DATASOURCE_JDBC_URL (the PostgreSQL database, jdbc:postgresql://host:5432/name)");
        }
        if (baseUrl == null || baseUrl.isBlank() || baseUrl.startsWith(EMBEDDED_BASE_URL)) {
            missing.add("EXPLAINERS_SITE_BASE_URL (the site's public address, for example https://explainers.example)");
        }
        return missing;
    }
}
