package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With many topics, a topic page miss and a sitemap page read the topics they show by key, never every published
 * topic: each statement they send is explained by H2, and every read of {@code topic} must go through a condition on
 * its id, slug or {@code translation_of} (counting the published topics, which the sitemap's size needs, is the one
 * read of them all). Found by {@code src/bench/scale.py}: the editions' lookup ({@code id = ? or translation_of = ?})
 * read every published topic, once per topic page miss and once per slice of a sitemap.
 * <p>
 * The latest topics of a language (what a topic page offers to read next, read again after every content change; the
 * home page's list; the feed) are read in the order of an index, so that H2 stops after the rows asked for instead of
 * reading and sorting every published topic of the language.
 */
@QuarkusTest
@TestProfile(ReadsByKeyTest.ManyTopics.class)
// The plans are H2's; PostgreSQL plans by statistics, which a test database of a few thousand rows does not have.
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class ReadsByKeyTest {

    /** Its own database, so the other tests' home page does not list these topics. */
    public static class ManyTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:reads-by-key;DB_CLOSE_DELAY=-1",
                    "explainers.sitemap.max-urls", "1000");
        }
    }

    /** How H2 reads a table in a plan: {@code FROM "PUBLIC"."TOPIC" "T1_0" /* PUBLIC.PRIMARY_KEY_8: ID = ?1 *}{@code /}. */
    private static final Pattern TOPIC_READ = Pattern
            .compile("\"PUBLIC\"\\.\"TOPIC\"(?: \"\\w+\")?\\s*/\\* PUBLIC\\.([\\w.]+)(?:: (.*?))?\\s*\\*/", Pattern.DOTALL);
    private static final Pattern BY_KEY = Pattern.compile("\\b(ID|SLUG|TRANSLATION_OF)\\b\\s*(=|>|IN\\()");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadNext readNext;

    @BeforeEach
    void generateTopics() throws Exception {
        GeneratedTopics.ensure(dataSource, "many-", 3_000);
        try (Connection db = dataSource.getConnection(); Statement analyze = db.createStatement()) {
            // The statistics a database of this size has once H2 has looked at it: plans are chosen from them.
            analyze.execute("analyze");
        }
    }

    @Test
    void topicPageMissReadsByKey() throws Exception {
        List<String> statements = SqlLog.during(() -> given().get("/topics/many-1500").then().statusCode(200));
        assertReadsByKey(statements);
    }

    @Test
    void spanishEditionPageMissReadsByKey() throws Exception {
        List<String> statements = SqlLog
                .during(() -> given().get("/es/temas/que-es-la-terapia-ocupacional-para-ninos").then().statusCode(200));
        assertReadsByKey(statements);
    }

    @Test
    void sitemapPageReadsByKey() throws Exception {
        List<String> statements = SqlLog.during(() -> given().get("/sitemap-2.xml").then().statusCode(200));
        assertReadsByKey(statements);
    }

    @Test
    void readNextReadsTheLatestInIndexOrder() throws Exception {
        List<String> statements = SqlLog.during(() -> readNext.refresh());
        assertReadInIndexOrder(statements, "TOPIC_LATEST_PUBLISHED_IDX");
    }

    @Test
    void homePageReadsTheLatestInIndexOrder() throws Exception {
        List<String> statements = SqlLog.during(() -> given().get("/").then().statusCode(200));
        assertReadInIndexOrder(statements, "TOPIC_LATEST_PUBLISHED_IDX");
    }

    @Test
    void feedReadsTheLatestChangesInIndexOrder() throws Exception {
        List<String> statements = SqlLog.during(() -> given().get("/feed.xml").then().statusCode(200));
        assertReadInIndexOrder(statements, "TOPIC_LATEST_MODIFIED_IDX");
    }

    /**
     * Every ordered read of {@code topic} goes through {@code index}, and the index gives the whole order: H2 then stops
     * after the rows asked for. Without it H2 reads every published topic of the language and sorts them, and says
     * so: no {@code index sorted}, or {@code index sorted: 2 of 4 columns} (in order by language and status only).
     */
    private void assertReadInIndexOrder(List<String> statements, String index) throws Exception {
        List<String> orderedReads = new ArrayList<>();
        for (String plan : plans(statements)) {
            Matcher read = TOPIC_READ.matcher(plan);
            if (!read.find() || !plan.contains("\nORDER BY ")) {
                continue;
            }
            orderedReads.add(plan);
            assertEquals(index, read.group(1), "reads topic through another index in:\n" + plan);
            assertTrue(plan.contains("/* index sorted */"), "sorts what it read in:\n" + plan);
        }
        assertFalse(orderedReads.isEmpty(), "reads the latest topics: " + statements);
    }

    private List<String> plans(List<String> statements) throws Exception {
        List<String> plans = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement explain = db.prepareStatement("explain " + sql);
                        ResultSet plan = explain.executeQuery()) {
                    plan.next();
                    plans.add(plan.getString(1));
                }
            }
        }
        return plans;
    }

    private void assertReadsByKey(List<String> statements) throws Exception {
        List<String> plans = plans(statements);
        List<String> topicReads = new ArrayList<>();
        for (String plan : plans) {
            if (plan.startsWith("SELECT\n    COUNT(*)")) {
                continue;
            }
            Matcher read = TOPIC_READ.matcher(plan);
            while (read.find()) {
                String condition = read.group(2) == null ? "" : read.group(2);
                topicReads.add(read.group(1) + ": " + condition);
                assertTrue(BY_KEY.matcher(condition).find(),
                        "reads topic by " + read.group(1) + " [" + condition + "], not by key, in:\n" + plan);
            }
        }
        assertFalse(topicReads.isEmpty(), "the page reads topics: " + plans);
    }
}
