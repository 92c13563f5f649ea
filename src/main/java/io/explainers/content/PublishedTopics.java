package io.explainers.content;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read side of the content: what the public site may show. */
@ApplicationScoped
public class PublishedTopics {

    @Transactional
    public Optional<TopicView> find(String slug) {
        return Topic.findPublished(slug).map(TopicView::of);
    }

    @Transactional
    public List<TopicSummary> list() {
        return Topic.find("status", Sort.descending("publishedAt", "id"), TopicStatus.PUBLISHED)
                .project(TopicSummary.class)
                .list();
    }

    /** When anything on the site last changed: the Last-Modified of pages that list topics. */
    public static Instant lastModified(List<TopicSummary> topics, Instant fallback) {
        return topics.stream().map(TopicSummary::modifiedAt).max(Instant::compareTo).orElse(fallback);
    }
}
