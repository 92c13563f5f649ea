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
        announce(topic, formerSlugs);
    }

    /**
     * Published again, unpublished or archived: what the site shows changes, the explainer does not, so its
     * modification date stays. It is the page's "Last updated", its dateModified and the sitemap's lastmod, which
     * search engines read as when the content last changed; an unpublish and publish again had moved all three to the
     * day of the publish. (The site's own time, the pages' Last-Modified, still moves: ContentVersion.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Topic topic) {
        announce(topic);
    }

    private void announce(Topic topic, String... formerSlugs) {
        // The other editions show this one's address and only while it is published: their pages change with those.
        boolean onSite = topic.status == TopicStatus.PUBLISHED || topic.loadedStatus == TopicStatus.PUBLISHED;
        boolean shownDifferently = onSite && (formerSlugs.length > 0 || topic.status != topic.loadedStatus);
        List<TopicView.Edition> shownOn = List.of();
        if (shownDifferently && topic.subject().id != null) {
            shownOn = Topic.<Topic> list("id = ?1 or translationOf.id = ?1", topic.subject().id).stream()
                    .filter(other -> other != topic)
                    .map(other -> new TopicView.Edition(other.language(), other.slug))
                    .toList();
        }
        events.fire(new TopicChanged(topic.language(), topic.slug, List.of(formerSlugs), contentVersion.bump(), onSite,
                shownOn));
    }

    /**
     * A reviewer's record changed in a way pages show: the pages of the topics they reviewed change, though no topic's
     * content did (their modification dates stay).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Reviewer reviewer) {
        List<Reviewer.ReviewedTopic> topics = reviewer.topics();
        if (topics.isEmpty()) {
            return; // no page shows them yet: nothing for this or any other replica to drop
        }
        List<TopicView.Edition> pages = topics.stream().map(Reviewer.ReviewedTopic::page).toList();
        List<TopicView.Edition> published = topics.stream().filter(topic -> topic.status() == TopicStatus.PUBLISHED)
                .map(Reviewer.ReviewedTopic::page).toList();
        reviewerEvents.fire(new ReviewerChanged(reviewer.id, pages, published, contentVersion.bump()));
    }
}
