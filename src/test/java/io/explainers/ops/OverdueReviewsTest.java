package io.explainers.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.LogLines;
import io.explainers.Management;
import io.explainers.TestTopics;
import io.explainers.content.Reviewer;
import io.explainers.content.TopicStatus;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Overdue reviews reach operations: the gauge {@code explainers_topics_review_overdue} (a count kept in memory, so a
 * scrape costs no query) and, each day from 06:00 UTC, one warning for each overdue topic.
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
    void eachDayFromSixUtcOneWarningForEachOverdueTopic() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Reviewer reviewer = topics.reviewer("Dr Daily", null, null, null);
        topics.publishedWithText("daily-overdue", "daily");
        topics.reviewed("daily-overdue", reviewer, today.minusYears(2));
        topics.publishedWithText("daily-reviewed", "daily reviewed");
        topics.reviewed("daily-reviewed", reviewer, today);
        // Tomorrow's 06:00 is after this replica started, whenever the test runs.
        Instant six = today.plusDays(1).atTime(OverdueReviews.DAILY_LINES).toInstant(ZoneOffset.UTC);

        assertEquals(List.of(), overdueLines(six.minusSeconds(60)), "not before 06:00");
        List<String> lines = overdueLines(six.plusSeconds(30));
        assertTrue(lines.contains("WARN Medical review overdue: daily-overdue, due since " + today.minusYears(2)
                .plusMonths(12) + " (last reviewed " + today.minusYears(2) + ")"), lines::toString);
        assertTrue(lines.stream().anyMatch(m -> m.contains("what-is-occupational-therapy-for-kids") && m.contains(
                "due since 2026-11-27 (never reviewed)")), lines::toString);
        assertFalse(lines.stream().anyMatch(m -> m.contains("daily-reviewed,")), lines::toString);
        assertEquals(lines.size(), lines.stream().distinct().count(), "one line per topic");

        assertEquals(List.of(), overdueLines(six.plus(5, ChronoUnit.MINUTES)), "once a day");
        assertEquals(lines, overdueLines(six.plus(1, ChronoUnit.DAYS)), "and again the next day");
    }

    @Test
    void aReplicaStartedAfterSixDoesNotRepeatThatDaysWarnings() {
        // Every restart would otherwise write the day's lines again.
        Instant yesterdayAfterSix = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(OverdueReviews.DAILY_LINES)
                .plusMinutes(5).toInstant(ZoneOffset.UTC);
        assertEquals(List.of(), overdueLines(yesterdayAfterSix));
    }

    private List<String> overdueLines(Instant now) {
        return overdueLines(overdue, now);
    }

    /** The overdue-review warnings of a turn of the job at {@code now}. */
    static List<String> overdueLines(OverdueReviews job, Instant now) {
        return LogLines.of(OverdueReviews.class, () -> job.turn(now)).stream()
                .filter(line -> line.startsWith("WARN Medical review overdue: "))
                .toList();
    }

    private static double gauge() {
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^explainers_topics_review_overdue(?:\\{[^}]*})? ([0-9.E+]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        assertTrue(value.find(), "the gauge is exported");
        return Double.parseDouble(value.group(1));
    }
}
