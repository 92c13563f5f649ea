package io.explainers.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.explainers.web.ExplainersConfig;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * When a topic is due for its next medical review: its last review plus {@code explainers.review.interval}; a published
 * topic that was never reviewed has been due since it was published. The site shows the date, editors list what is due
 * and operations count what is overdue; all of them ask here.
 */
@ApplicationScoped
public class ReviewCycle {

    private static final String DUE = "status = :published and (reviewer is null or lastReviewedOn is null"
            + " or lastReviewedOn <= :reviewedBy)";

    private final Period interval;

    ReviewCycle(ExplainersConfig config) {
        this.interval = config.review().interval();
    }

    public Period interval() {
        return interval;
    }

    /** The date reviews are counted in: the site's dates are UTC dates. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** When the topic is next due; null for a draft that was never reviewed (it is not on the site). */
    public LocalDate nextDue(Topic topic) {
        return nextDue(topic.reviewer != null ? topic.lastReviewedOn : null, topic.publishedAt, topic.status);
    }

    LocalDate nextDue(LocalDate lastReviewedOn, Instant publishedAt, TopicStatus status) {
        if (lastReviewedOn != null) {
            return lastReviewedOn.plus(interval);
        }
        if (status == TopicStatus.PUBLISHED) {
            return publishedAt != null ? publishedAt.atOffset(ZoneOffset.UTC).toLocalDate() : today();
        }
        return null;
    }

    /** Published topics due for review on or before {@code by} (today: the overdue ones), page {@code index}, by slug. */
    @Transactional
    public List<Topic> dueBy(LocalDate by, int index, int size) {
        return Topic.<Topic> find(DUE, Sort.by("slug"), dueParameters(by)).page(index, size).list();
    }

    @Transactional
    public long countDueBy(LocalDate by) {
        return Topic.count(DUE, dueParameters(by));
    }

    private Parameters dueParameters(LocalDate by) {
        return Parameters.with("published", TopicStatus.PUBLISHED).and("reviewedBy", lastReviewDueBy(by));
    }

    /**
     * The latest last-review date whose next review falls on or before {@code by}. Months differ in length (31 January
     * plus a month is 28 February), so {@code by - interval} may fall a few days short; the days after it are tried too.
     */
    LocalDate lastReviewDueBy(LocalDate by) {
        LocalDate latest = by.minus(interval);
        while (!latest.plusDays(1).plus(interval).isAfter(by)) {
            latest = latest.plusDays(1);
        }
        return latest;
    }
}
