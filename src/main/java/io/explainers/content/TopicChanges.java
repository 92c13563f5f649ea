package io.explainers.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * The one way content changes are recorded: every write to a topic calls {@link #changed}, inside the writing
 * transaction, so the modification date is right and the site hears about the change once it is committed.
 */
@ApplicationScoped
public class TopicChanges {

    private final Event<TopicChanged> events;
    private final Event<ReviewerChanged> reviewerEvents;
    private final ContentVersion contentVersion;

    TopicChanges(Event<TopicChanged> events, Event<ReviewerChanged> reviewerEvents, ContentVersion contentVersion) {
        this.events = events;
        this.reviewerEvents = reviewerEvents;
        this.contentVersion = contentVersion;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Topic topic, String... formerSlugs) {
        // Whole seconds: HTTP dates (Last-Modified) and the sitemap's lastmod carry no more.
        topic.modifiedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        boolean onSite = topic.loadedStatus == TopicStatus.PUBLISHED || topic.status == TopicStatus.PUBLISHED;
        events.fire(new TopicChanged(topic.slug, List.of(formerSlugs), contentVersion.bump(), onSite));
    }

    /**
     * A reviewer's record changed in a way pages show: the pages of the topics they reviewed change, though no topic's
     * content did (their modification dates stay).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Reviewer reviewer) {
        List<Topic> topics = reviewer.topics();
        if (topics.isEmpty()) {
            return; // no page shows them yet: nothing for this or any other replica to drop
        }
        List<String> slugs = topics.stream().map(topic -> topic.slug).toList();
        List<String> published = topics.stream().filter(topic -> topic.status == TopicStatus.PUBLISHED)
                .map(topic -> topic.slug).toList();
        reviewerEvents.fire(new ReviewerChanged(reviewer.id, slugs, published, contentVersion.bump()));
    }
}
