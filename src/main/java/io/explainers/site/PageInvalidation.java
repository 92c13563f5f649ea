package io.explainers.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.explainers.content.ReviewerChanged;
import io.explainers.content.Slugs;
import io.explainers.content.TopicChanged;
import io.explainers.content.TopicView;
import io.explainers.web.Language;
import io.explainers.web.Site;

/**
 * Drops exactly the pages a topic change affects: the topic itself (its page and its share card), every page that
 * lists topics (every page of the home page among them) and, only when the change alters what topic pages offer to read next (a
 * topic published or withdrawn,
 * a title or an address changed among the latest), every topic page.
 */
@ApplicationScoped
public class PageInvalidation {

    /**
     * The cache keys of the pages that list topics in {@code language}: any change to such a topic may alter them. The
     * feed lists English explainers.
     */
    static List<String> listingPages(Language language) {
        return language == Language.ENGLISH
                ? List.of(Slugs.homePath(language), NotFoundPage.key(language), Site.FEED_PATH)
                : List.of(Slugs.homePath(language), NotFoundPage.key(language));
    }

    private final PageCache cache;
    private final ReadNext readNext;

    PageInvalidation(PageCache cache, ReadNext readNext) {
        this.cache = cache;
        this.readNext = readNext;
    }

    void onTopicChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicChanged change) {
        // The list is refreshed before any page is dropped: a page rendered after the drop shows the new list, and one
        // whose rendering began before it is not kept (the page cache sees the eviction happened meanwhile).
        Set<Language> readNextChanged = readNext.refresh();
        cache.evict(affectedPaths(change));
        // A change may move topics from one page of the list to another; only the lists of its own language.
        cache.evictIf(key -> HomeResource.isHomePage(change.language(), key));
        for (Language language : readNextChanged) {
            cache.evictIf(key -> isTopicPage(language, key));
        }
    }

    /** A reviewer's name or credentials show on the pages of the topics they reviewed, and nowhere else. */
    void onReviewerChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewerChanged change) {
        cache.evict(change.pages().stream().map(TopicView.Edition::path).toList());
    }

    static boolean isTopicPage(Language language, String path) {
        return path.startsWith(Slugs.topicPath(language, "")) && !path.endsWith(ShareCards.SUFFIX);
    }

    static List<String> affectedPaths(TopicChanged change) {
        Language language = change.language();
        List<String> paths = new ArrayList<>();
        paths.add(Slugs.topicPath(language, change.slug()));
        paths.add(ShareCards.path(language, change.slug()));
        change.formerSlugs().forEach(former -> {
            paths.add(Slugs.topicPath(language, former));
            paths.add(ShareCards.path(language, former));
        });
        paths.addAll(listingPages(language));
        // The pages of the other editions link to this one (switch, hreflang); their share cards do not show it.
        change.shownOn().forEach(edition -> paths.add(edition.path()));
        return paths;
    }
}
