package io.explainers.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Many published topics at once, for the tests that need a large site: plain JDBC batches, since thousands of topics
 * through the entities would take minutes. Their slugs are {@code <prefix>1} to {@code <prefix><count>}.
 */
final class GeneratedTopics {

    private GeneratedTopics() {
    }

    /** Inserts them unless a previous test of the same application already did. */
    static void ensure(DataSource dataSource, String prefix, int count) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement existing = db.prepareStatement("select count(*) from topic where slug like ?")) {
                existing.setString(1, prefix + "%");
                try (ResultSet result = existing.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        return;
                    }
                }
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into topic (slug, title, focus_phrase, meta_description, intro, faq_heading, audience_min_age,
                        audience_max_age, about_type, about_name, status, published_at, modified_at, version)
                    values (?, ?, 'generated', 'A generated topic for the sitemap test, long enough to be a description.',
                        'Intro.', 'FAQ', 0, 18, 'MedicalTherapy', 'Therapy', 'PUBLISHED', ?, ?, 0)""")) {
                Timestamp when = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
                for (int i = 1; i <= count; i++) {
                    insert.setString(1, prefix + i);
                    insert.setString(2, "Generated topic " + i);
                    insert.setTimestamp(3, when);
                    insert.setTimestamp(4, when);
                    insert.addBatch();
                    if (i % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
    }
}
