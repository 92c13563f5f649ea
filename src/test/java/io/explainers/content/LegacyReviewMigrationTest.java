package io.explainers.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * V6 turns free-text reviews into reviewer records without losing a word: a schema migrated to V5, holding reviews as
 * they were written before, is migrated to V6 and read back, on the suite's database (H2 or PostgreSQL).
 */
@QuarkusTest
class LegacyReviewMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void freeTextReviewsBecomeReviewerRecordsWordForWord() throws SQLException {
        // A schema of its own, next to the application's, which is left alone.
        String schema = "postgresql".equals(kind) ? "legacy_reviews" : "LEGACY_REVIEWS";
        FluentConfiguration flyway = Flyway.configure().dataSource(dataSource).schemas(schema)
                .locations("classpath:db/migration").cleanDisabled(false);
        flyway.target("5").load().clean();
        flyway.target("5").load().migrate();

        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            String own = db.getSchema();
            db.setSchema(schema);
            try {
                // Three reviews by two people, one spelled with its credentials, and a topic nobody reviewed.
                sql.executeUpdate(legacyTopic("legacy-a", "'Dr Jane Smith, speech-language pathologist'", "'2025-10-01'"));
                sql.executeUpdate(legacyTopic("legacy-b", "'Dr Jane Smith, speech-language pathologist'", "'2026-01-15'"));
                sql.executeUpdate(legacyTopic("legacy-c", "'Sam Lee, OTR/L'", "'2026-02-01'"));
                sql.executeUpdate(legacyTopic("legacy-d", "null", "null"));
            } finally {
                db.setSchema(own);
            }
        }

        flyway.target("6").load().migrate();

        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            String own = db.getSchema();
            db.setSchema(schema);
            try {
                List<String> reviews = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("select t.slug, r.name, r.credentials, r.job_title, r.url,"
                        + " t.last_reviewed_on from topic t left join reviewer r on r.id = t.reviewer_id"
                        + " where t.slug like 'legacy-%' order by t.slug")) {
                    while (rows.next()) {
                        reviews.add(rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3) + " | "
                                + rows.getString(4) + " | " + rows.getString(5) + " | " + rows.getString(6));
                    }
                }
                assertEquals(List.of(
                        "legacy-a | Dr Jane Smith, speech-language pathologist | null | null | null | 2025-10-01",
                        "legacy-b | Dr Jane Smith, speech-language pathologist | null | null | null | 2026-01-15",
                        "legacy-c | Sam Lee, OTR/L | null | null | null | 2026-02-01",
                        "legacy-d | null | null | null | null | null"), reviews);
                try (ResultSet count = sql.executeQuery("select count(*) from reviewer")) {
                    assertTrue(count.next());
                    assertEquals(2, count.getInt(1), "one record per reviewer, however many topics they reviewed");
                }
                try (ResultSet seed = sql.executeQuery(
                        "select reviewer_id from topic where slug = 'what-is-occupational-therapy-for-kids'")) {
                    assertTrue(seed.next());
                    seed.getLong(1);
                    assertTrue(seed.wasNull(), "the seed was never reviewed, and no review is made up for it");
                }
                List<String> columns = new ArrayList<>();
                try (ResultSet column = db.getMetaData().getColumns(null, schema,
                        "postgresql".equals(kind) ? "topic" : "TOPIC", null)) {
                    while (column.next()) {
                        columns.add(column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertTrue(columns.contains("reviewer_id"), columns::toString);
                assertFalse(columns.contains("reviewed_by"), "one place says who reviewed a topic: " + columns);
                try (ResultSet sources = sql.executeQuery("select count(*) from topic_source")) {
                    assertTrue(sources.next());
                    assertEquals(0, sources.getInt(1));
                }
            } finally {
                db.setSchema(own);
            }
        } finally {
            flyway.load().clean();
        }
    }

    private static String legacyTopic(String slug, String reviewedBy, String reviewedOn) {
        return "insert into topic (slug, title, focus_phrase, meta_description, intro, faq_heading, audience_min_age,"
                + " audience_max_age, about_type, about_name, status, published_at, modified_at, last_reviewed_on,"
                + " reviewed_by, version) values ('" + slug + "', 'Title', 'focus', 'A description.', 'Intro.', 'FAQ', 0,"
                + " 18, 'MedicalTherapy', 'About', 'PUBLISHED', timestamp with time zone '2025-01-01 09:00:00+00',"
                + " timestamp with time zone '2025-01-01 09:00:00+00', " + (reviewedOn.equals("null") ? "null"
                        : "date " + reviewedOn)
                + ", " + reviewedBy + ", 0)";
    }
}
