package io.explainers.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.TestTopics;
import io.explainers.site.ReplicaCacheSync;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * While the database does not answer, the scheduled jobs that read it skip their turns rather than hold worker threads
 * waiting on it; and each skipped turn asks for a check, so they resume once it answers, even when no check is
 * scheduled and no visitor's request would ask for one. What a skipped turn would have done is done by the next one.
 */
@QuarkusTest
@TestProfile(ScheduledJobsWhileUnreachableTest.PollingWithoutScheduledChecks.class)
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class ScheduledJobsWhileUnreachableTest {

    public static class PollingWithoutScheduledChecks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("explainers.database.check-interval", "1h",
                    // The other replicas' changes, polled for as in production.
                    "explainers.cache.replica-poll-interval", "1s");
        }
    }

    static final String POLL = ReplicaCacheSync.class.getName() + "#poll";

    @Inject
    TestTopics topics;
    @Inject
    DatabaseHealth database;
    @Inject
    SkippedJobs skippedJobs;
    @Inject
    OverdueReviews overdueReviews;

    @Test
    void theJobsSkipTheirTurnsAndResumeOnTheirOwn() throws Exception {
        topics.publishedWithText("not-yet-rendered", "never requested before the outage");
        Instant sixTomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(OverdueReviews.DAILY_LINES)
                .toInstant(ZoneOffset.UTC);

        DatabaseProxy.current.cut();
        try {
            given().get("/topics/not-yet-rendered").then().statusCode(503); // the request that finds it gone
            assertFalse(database.reachable());
            assertEquals(List.of(), OverdueReviewsTest.overdueLines(overdueReviews, sixTomorrow),
                    "a turn at 06:00 that cannot reach the database writes no overdue-review warnings");
            await(() -> skippedJobs.skippedWhileUnreachable(POLL), "the replica cache poll skips its turns");
            // The database returns between checks (the pool tries to connect for up to its acquisition timeout).
            await(() -> !database.checking(), "a check ends");
        } finally {
            DatabaseProxy.current.restore();
        }

        // No request, and no scheduled check: the poll's skipped turns ask for the checks that find the database back.
        await(database::reachable, "the database is found again");
        // The day's warnings are not lost with the turn at 06:00: the next turn writes them.
        List<String> next = OverdueReviewsTest.overdueLines(overdueReviews, sixTomorrow.plus(5, ChronoUnit.MINUTES));
        assertTrue(next.stream().anyMatch(line -> line.contains("what-is-occupational-therapy-for-kids")), next::toString);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + " within 20 s");
            Thread.sleep(100);
        }
    }
}
