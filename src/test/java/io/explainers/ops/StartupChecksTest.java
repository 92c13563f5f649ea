package io.explainers.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A production (PostgreSQL) build refuses to start without its database URL and a real public address. */
class StartupChecksTest {

    static final String PUBLIC = "https://www.kids-health-explainers.org";

    @Test
    void embeddedBuildNeedsNothing() {
        assertEquals(List.of(), StartupChecks.missingProductionSettings("h2", Optional.of("jdbc:h2:file:./data/explainers"),
                "http://localhost:8080"));
    }

    @Test
    void productionBuildNamesEveryMissingSettingAtOnce() {
        List<String> missing = StartupChecks.missingProductionSettings("postgresql",
                Optional.of("jdbc:h2:file:./data/explainers"), "http://localhost:8080");
        assertEquals(2, missing.size());
        assertTrue(missing.get(0).startsWith("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(missing.get(1).startsWith("EXPLAINERS_SITE_BASE_URL"));
        assertEquals(1, StartupChecks.missingProductionSettings("postgresql", Optional.empty(), PUBLIC).size());
    }

    @Test
    void productionBuildRefusesTheManifestsPlaceholderAddress() {
        List<String> missing = StartupChecks.missingProductionSettings("postgresql",
                Optional.of("jdbc:postgresql://db:5432/explainers"), "https://explainers.example");
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).startsWith("EXPLAINERS_SITE_BASE_URL"));
        assertTrue(missing.get(0).contains("https://explainers.example"), "says which value is refused");
    }

    @Test
    void localAndReservedNamesAreNotPublicAddresses() {
        for (String url : List.of("", " ", "not a url", "/relative", "https://explainers.example",
                "https://EXPLAINERS.EXAMPLE/",
                "https://explainers.example.", "https://www.example.com", "https://example.org", "http://localhost:8080",
                "http://LOCALHOST", "http://app.localhost", "http://127.0.0.1:8080", "https://site.test",
                "https://x.invalid")) {
            assertFalse(StartupChecks.isPublicAddress(url), url);
        }
        for (String url : List.of(PUBLIC, "https://explainers.example-health.org", "https://examples.net",
                "http://203.0.113.9")) {
            assertTrue(StartupChecks.isPublicAddress(url), url);
        }
    }

    @Test
    void productionBuildWithBothSettingsStarts() {
        assertEquals(List.of(), StartupChecks.missingProductionSettings("postgresql",
                Optional.of("jdbc:postgresql://db:5432/explainers"), PUBLIC));
    }
}
