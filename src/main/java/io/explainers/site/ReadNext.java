package io.explainers.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicSummary;
import io.quarkus.runtime.StartupEvent;

/**
 * What a topic page offers to read next: the latest published topics but itself. Held here, read once at start and
 * again after each content change, so that rendering a topic page costs no extra query and every topic page shows the
 * list as it stands here. {@link PageInvalidation} refreshes it and drops the topic pages when what they show of it
 * changed.
 */
@ApplicationScoped
public class ReadNext {

    /** How many other topics a topic page lists. */
    public static final int SIZE = 5;

    private static final Logger LOG = Logger.getLogger(ReadNext.class);

    private final PublishedTopics topics;
    private volatile List<TopicSummary> latest;

    ReadNext(PublishedTopics topics) {
        this.topics = topics;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the latest topics at start; they are read with the first topic page", e);
        }
    }

    /** Up to {@link #SIZE} other published topics, newest first. */
    public List<TopicSummary> forTopic(String slug) {
        List<TopicSummary> current = latest;
        if (current == null) {
            refresh();
            current = latest;
        }
        return current.stream().filter(topic -> !topic.slug().equals(slug)).limit(SIZE).toList();
    }

    /**
     * Up to {@link #SIZE} of the latest published topics as last read, newest first, without asking the database; empty
     * until they could be read. For pages rendered where the database must not be touched (the event loop).
     */
    public Optional<List<TopicSummary>> latest() {
        return Optional.ofNullable(latest).map(current -> current.stream().limit(SIZE).toList());
    }

    /**
     * Reads the latest topics again. True when topic pages would now show something else (another topic, order,
     * title or address); a change of content only (which moves a modification date) is not such a change.
     */
    synchronized boolean refresh() {
        List<TopicSummary> before = latest;
        List<TopicSummary> now = topics.latest(SIZE + 1);
        latest = now;
        return before == null || !shown(before).equals(shown(now));
    }

    private static List<List<String>> shown(List<TopicSummary> topics) {
        return topics.stream().map(topic -> List.of(topic.slug(), Objects.toString(topic.title()))).toList();
    }
}
