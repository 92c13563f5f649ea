package io.explainers.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page that lists topics takes its validators from the content version (the sitemap's ETag, the pages'
 * Last-Modified), so a migration that changes what pages show must move it, or caches keep their copies: checked on a
 * schema of its own migrated from the last version before the Spanish seed (V8) to the latest, and on a new one.
 */
@QuarkusTest
class ContentVersionMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;
    @Inject
    AgroalDataSource dataSource;

    record State(long version, Instant changedAt, Instant newestTopic) {
    }

    @Test
    void anUpgradeThatAddsTheSpanishSeedMovesTheContentVersion() throws SQLException {
        FluentConfiguration flyway = flyway("content_version_upgrade");
        flyway.load().clean();
        flyway.target("8").load().migrate();
        State before = state("content_version_upgrade");

        flyway.target("latest").load().migrate();
        State after = state("content_version_upgrade");
        assertTrue(after.version() > before.version(), before + " then " + after);
        assertTrue(after.changedAt().isAfter(before.changedAt()), before + " then " + after);
        assertTrue(!after.changedAt().isBefore(after.newestTopic()), "no topic is newer than the content: " + after);
    }

    @Test
    void onANewDatabaseNoTopicIsNewerThanTheContent() throws SQLException {
        FluentConfiguration flyway = flyway("content_version_new");
        flyway.load().clean();
        flyway.load().migrate();
        State state = state("content_version_new");
        assertTrue(!state.changedAt().isBefore(state.newestTopic()), state::toString);
    }

    /** A PostgreSQL server keeps what a run leaves: the schemas go with the test that made them. */
    @AfterEach
    void dropSchemas() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            for (String schema : new String[] { "content_version_upgrade", "content_version_new" }) {
                sql.execute("drop schema if exists " + schemaName(schema) + " cascade");
            }
        }
    }

    private FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schemaName(schema))
                .locations("classpath:db/migration").cleanDisabled(false);
    }

    private String schemaName(String schema) {
        return "postgresql".equals(kind) ? schema : schema.toUpperCase(java.util.Locale.ROOT);
    }

    private State state(String schema) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            String own = db.getSchema();
            db.setSchema(schemaName(schema));
            try (ResultSet row = sql.executeQuery("select v.version, v.changed_at, (select max(modified_at) from topic)"
                    + " from content_version v where v.id = 1")) {
                assertTrue(row.next());
                return new State(row.getLong(1), row.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        row.getObject(3, java.time.OffsetDateTime.class).toInstant());
            } finally {
                db.setSchema(own);
            }
        }
    }
}
