package io.explainers.site;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicSummary;
import io.explainers.web.Language;
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
    /** The latest topics of each language, as last read; null until they could be read. */
    private volatile Map<Language, List<TopicSummary>> latest;

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

    /** Up to {@link #SIZE} other published topics in the same language, newest first. */
    public List<TopicSummary> forTopic(Language language, String slug) {
        Map<Language, List<TopicSummary>> current = latest;
        if (current == null) {
            refresh();
            current = latest;
        }
        return current.get(language).stream().filter(topic -> !topic.slug().equals(slug)).limit(SIZE).toList();
    }

    /**
     * Up to {@link #SIZE} of the latest published topics as last read, newest first, without asking the database; empty
     * until they could be read. For pages rendered where the database must not be touched (the event loop).
     */
    public Optional<List<TopicSummary>> latest(Language language) {
        return Optional.ofNullable(latest).map(current -> current.get(language).stream().limit(SIZE).toList());
    }

    /**
     * Reads the latest topics again. The languages whose topic pages would now show something else (another topic,
     * order, title or address); a change of content only (which moves a modification date) is not such a change.
     */
    synchronized Set<Language> refresh() {
        Map<Language, List<TopicSummary>> before = latest;
        Map<Language, List<TopicSummary>> now = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            now.put(language, topics.latest(language, SIZE + 1));
        }
        latest = now;
        Set<Language> changed = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (before == null || !shown(before.get(language)).equals(shown(now.get(language)))) {
                changed.add(language);
            }
        }
        return changed;
    }

    private static List<List<String>> shown(List<TopicSummary> topics) {
        return topics.stream().map(topic -> List.of(topic.slug(), Objects.toString(topic.title()))).toList();
    }
}
