package io.explainers.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.Management;
import io.explainers.TestTopics;
import io.explainers.content.Reviewer;
import io.explainers.content.TopicStatus;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Overdue reviews reach operations: the gauge {@code explainers_topics_review_overdue} (a count kept in memory, so a
 * scrape costs no query) and one warning a day for each overdue topic.
 */
@QuarkusTest
class OverdueReviewsTest {

    @Inject
    OverdueReviews overdue;
    @Inject
    TestTopics topics;

    @Test
    void theGaugeCountsPublishedTopicsWhoseReviewIsDueAndAScrapeDoesNotRecount() {
        overdue.count();
        double before = gauge();
        assertEquals(overdue.overdue(), (long) before);
        assertTrue(before >= 1, "the seed was never reviewed: it is due");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Reviewer reviewer = topics.reviewer("Dr Gauge", null, null, null);
        topics.publishedWithText("overdue-never-reviewed", "never");
        topics.publishedWithText("overdue-long-ago", "long ago");
        topics.reviewed("overdue-long-ago", reviewer, today.minusMonths(13));
        topics.publishedWithText("overdue-fresh", "fresh");
        topics.reviewed("overdue-fresh", reviewer, today.minusMonths(1));
        topics.create("overdue-draft", TopicStatus.DRAFT, "draft");

        assertEquals(before, gauge(), "a scrape shows the last count; it does not query");
        overdue.count();
        assertEquals(before + 2, gauge(), "never reviewed and reviewed 13 months ago; not the fresh one, not the draft");
    }

    @Test
    void oneWarningADayForEachOverdueTopic() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Reviewer reviewer = topics.reviewer("Dr Daily", null, null, null);
        topics.publishedWithText("daily-overdue", "daily");
        topics.reviewed("daily-overdue", reviewer, today.minusYears(2));
        topics.publishedWithText("daily-reviewed", "daily reviewed");
        topics.reviewed("daily-reviewed", reviewer, today);

        List<LogRecord> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(OverdueReviews.class.getName());
        logger.addHandler(handler);
        try {
            overdue.logOverdue();
        } finally {
            logger.removeHandler(handler);
        }
        List<String> messages = lines.stream().map(r -> r.getLevel() + " " + formatted(r)).toList();
        assertTrue(messages.contains("WARN Medical review overdue: daily-overdue, due since " + today.minusYears(2)
                .plusMonths(12) + " (last reviewed " + today.minusYears(2) + ")"), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("what-is-occupational-therapy-for-kids") && m.contains(
                "due since 2026-11-27 (never reviewed)")), messages::toString);
        assertFalse(messages.stream().anyMatch(m -> m.contains("daily-reviewed,")), messages::toString);
        assertEquals(messages.size(), messages.stream().distinct().count(), "one line per topic");
    }

    private static String formatted(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        return parameters == null || parameters.length == 0 ? message : String.format(message, parameters);
    }

    private static double gauge() {
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^explainers_topics_review_overdue(?:\\{[^}]*})? ([0-9.E+]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        assertTrue(value.find(), "the gauge is exported");
        return Double.parseDouble(value.group(1));
    }
}
