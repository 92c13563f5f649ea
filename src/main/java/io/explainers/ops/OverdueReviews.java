package io.explainers.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.explainers.content.ReviewCycle;
import io.explainers.content.Topic;
import io.explainers.web.DatabaseReachability;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Published topics whose medical review is overdue, where people who can act see them: the gauge
 * {@code explainers_topics_review_overdue} (counted every few minutes, so a scrape never queries the database) and, each
 * day from 06:00 UTC, one log line per overdue topic. Editors list them with {@code GET /api/topics?review=overdue}.
 */
@ApplicationScoped
public class OverdueReviews {

    private static final Logger LOG = Logger.getLogger(OverdueReviews.class);
    private static final int PAGE = 500;
    /** From this time of day (UTC) the day's lines are due. */
    static final LocalTime DAILY_LINES = LocalTime.of(6, 0);

    private final ReviewCycle reviews;
    /** A replica writes a day's lines only if it was running when they fell due, not again at every restart. */
    private final Instant started = Instant.now();
    /** The last count; -1 until the database answered once. */
    private volatile long overdue = -1;
    /** The last day whose lines were written. */
    private LocalDate linesWritten;

    OverdueReviews(ReviewCycle reviews, MeterRegistry registry) {
        this.reviews = reviews;
        Gauge.builder("explainers.topics.review.overdue", this, gauge -> Math.max(0, gauge.overdue))
                .description("Published topics whose medical review is due today or earlier")
                .register(registry);
    }

    void onStart(@Observes StartupEvent start) {
        count();
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DatabaseReachability.Unreachable.class)
    void turn() {
        turn(Instant.now());
    }

    /**
     * Counts, and writes the day's lines at the first turn from 06:00 UTC that reaches the database. A time of its own
     * (a cron at 06:00) lost the whole day's lines when the database did not answer at that minute.
     */
    void turn(Instant now) {
        if (!count() || !linesDue(now)) {
            return;
        }
        LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate();
        try {
            writeLines(day);
            linesWritten(day);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot list overdue reviews (%s); trying again at the next turn", e.getMessage());
        }
    }

    /** Counts again; false when the database did not answer. */
    boolean count() {
        try {
            overdue = reviews.countDueBy(ReviewCycle.today());
            return true;
        } catch (RuntimeException e) {
            // The database is away: the gauge keeps its last count, and the database's own gauge says why.
            LOG.debugf("Cannot count overdue reviews (%s)", e.getMessage());
            return false;
        }
    }

    private synchronized boolean linesDue(Instant now) {
        LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant due = day.atTime(DAILY_LINES).toInstant(ZoneOffset.UTC);
        return !now.isBefore(due) && started.isBefore(due) && !day.equals(linesWritten);
    }

    private synchronized void linesWritten(LocalDate day) {
        linesWritten = day;
    }

    /** One line per topic overdue on {@code day}, for whoever reads the logs. */
    @Transactional
    void writeLines(LocalDate day) {
        for (int index = 0;; index++) {
            List<Topic> due = reviews.dueBy(day, index, PAGE);
            for (Topic topic : due) {
                LocalDate since = reviews.nextDue(topic);
                LOG.warnf("Medical review overdue: %s, due since %s (%s)", topic.slug, since,
                        topic.reviewer == null ? "never reviewed" : "last reviewed " + topic.lastReviewedOn);
            }
            if (due.size() < PAGE) {
                return;
            }
        }
    }

    /** The count the gauge shows now. */
    long overdue() {
        return overdue;
    }
}
