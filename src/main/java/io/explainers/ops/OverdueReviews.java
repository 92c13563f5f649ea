package io.explainers.ops;

import java.time.LocalDate;
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
 * {@code explainers_topics_review_overdue} (counted every few minutes, so a scrape never queries the database) and, once
 * a day, one log line per overdue topic. Editors list them with {@code GET /api/topics?review=overdue}.
 */
@ApplicationScoped
public class OverdueReviews {

    private static final Logger LOG = Logger.getLogger(OverdueReviews.class);
    private static final int PAGE = 500;

    private final ReviewCycle reviews;
    /** The last count; -1 until the database answered once. */
    private volatile long overdue = -1;

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
    void count() {
        try {
            overdue = reviews.countDueBy(ReviewCycle.today());
        } catch (RuntimeException e) {
            // The database is away: the gauge keeps its last count, and the database's own gauge says why.
            LOG.debugf("Cannot count overdue reviews (%s)", e.getMessage());
        }
    }

    /** One line per overdue topic, every morning (UTC), for whoever reads the logs. */
    @Scheduled(cron = "0 0 6 * * ?", timeZone = "UTC", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DatabaseReachability.Unreachable.class)
    @Transactional
    void logOverdue() {
        LocalDate today = ReviewCycle.today();
        try {
            for (int index = 0;; index++) {
                List<Topic> due = reviews.dueBy(today, index, PAGE);
                for (Topic topic : due) {
                    LocalDate since = reviews.nextDue(topic);
                    LOG.warnf("Medical review overdue: %s, due since %s (%s)", topic.slug, since,
                            topic.reviewer == null ? "never reviewed" : "last reviewed " + topic.lastReviewedOn);
                }
                if (due.size() < PAGE) {
                    break;
                }
            }
            count();
        } catch (RuntimeException e) {
            LOG.warnf("Cannot list overdue reviews (%s)", e.getMessage());
        }
    }

    /** The count the gauge shows now. */
    long overdue() {
        return overdue;
    }
}
