package io.explainers.ops;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import io.explainers.indexnow.IndexNowKey;
import io.explainers.web.ExplainersConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The first thing that happens at start: refuse to run in production without the settings production needs, then
 * bring the schema up to date. A PostgreSQL build (the native image, the production JVM build) is production: it must
 * be told where its database is and what its public address is; the embedded H2 build has working defaults for both.
 * The migration runs here rather than through {@code migrate-at-start} so that a missing setting is reported as one
 * clear message instead of a driver error.
 */
@ApplicationScoped
public class StartupChecks {

    /** Names that are never a site's public address: local ones and those reserved for documentation and tests. */
    static final List<String> RESERVED_NAMES = List.of("localhost", "example", "example.com", "example.net",
            "example.org", "test", "invalid");

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> databaseUrl,
            ExplainersConfig config, Flyway flyway) {
        String baseUrl = config.site().baseUrl();
        IndexNowKey.problem(config.indexnow().key()).ifPresent(problem -> {
            throw new IllegalStateException("Explainers cannot start: " + problem);
        });
        // Tests, including those against the packaged application, run on the test profile with local defaults.
        if (!ConfigUtils.getProfiles().contains("test")) {
            List<String> missing = missingProductionSettings(databaseKind, databaseUrl, baseUrl);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Explainers cannot start: this is a " + databaseKind
                        + " (production) build and these settings are missing or placeholders: " + String.join("; ", missing));
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
        if (!isPublicAddress(baseUrl)) {
            missing.add("EXPLAINERS_SITE_BASE_URL (the site's own public address; localhost and placeholders such as "
                    + "https://explainers.example, which the Kubernetes manifest ships, are refused)");
        }
        return missing;
    }

    /**
     * Not localhost and not a name reserved for examples and tests (RFC 2606, RFC 6761): every canonical URL, the
     * sitemap and the structured data start with this address, so a placeholder would point search engines nowhere.
     */
    static boolean isPublicAddress(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return false;
        }
        String host;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String reserved : RESERVED_NAMES) {
            if (host.equals(reserved) || host.endsWith("." + reserved)) {
                return false;
            }
        }
        return !host.startsWith("127.") && !host.equals("0.0.0.0") && !host.equals("[::1]");
    }
}
