package io.explainers.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A production (PostgreSQL) build refuses to start without its database URL and public address. */
class StartupChecksTest {

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
        assertEquals(1, StartupChecks.missingProductionSettings("postgresql", Optional.empty(), "https://explainers.example").size());
    }

    @Test
    void productionBuildWithBothSettingsStarts() {
        assertEquals(List.of(), StartupChecks.missingProductionSettings("postgresql",
                Optional.of("jdbc:postgresql://db:5432/explainers"), "https://explainers.example"));
    }
}
