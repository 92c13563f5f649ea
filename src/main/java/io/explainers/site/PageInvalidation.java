package io.explainers.site;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.explainers.content.ReviewerChanged;
import io.explainers.content.Slugs;
import io.explainers.content.TopicChanged;
import io.explainers.web.Site;

/**
 * Drops exactly the pages a topic change affects: the topic itself (its page and its share card), every page that
 * lists topics (every page of the home page among them) and, only when the change alters what topic pages offer to read next (a
 * topic published or withdrawn,
 * a title or an address changed among the latest), every topic page.
 */
@ApplicationScoped
public class PageInvalidation {

    /** The cache keys of the pages that list topics: any topic change may alter them. */
    static final List<String> LISTING_PAGES = List.of(HomeResource.PATH, NotFoundPage.KEY, Site.FEED_PATH);

    private final PageCache cache;
    private final ReadNext readNext;

    PageInvalidation(PageCache cache, ReadNext readNext) {
        this.cache = cache;
        this.readNext = readNext;
    }

    void onTopicChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicChanged change) {
        // The list is refreshed before any page is dropped: a page rendered after the drop shows the new list, and one
        // whose rendering began before it is not kept (the page cache sees the eviction happened meanwhile).
        boolean readNextChanged = readNext.refresh();
        cache.evict(affectedPaths(change));
        cache.evictIf(HomeResource::isHomePage); // a change may move topics from one page of the list to another
        if (readNextChanged) {
            cache.evictIf(PageInvalidation::isTopicPage);
        }
    }

    /** A reviewer's name or credentials show on the pages of the topics they reviewed, and nowhere else. */
    void onReviewerChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewerChanged change) {
        cache.evict(change.slugs().stream().map(Slugs::topicPath).toList());
    }

    static boolean isTopicPage(String path) {
        return path.startsWith(Slugs.topicPath("")) && !path.endsWith(ShareCards.SUFFIX);
    }

    static List<String> affectedPaths(TopicChanged change) {
        List<String> paths = new ArrayList<>();
        paths.add(Slugs.topicPath(change.slug()));
        paths.add(ShareCards.path(change.slug()));
        change.formerSlugs().forEach(former -> {
            paths.add(Slugs.topicPath(former));
            paths.add(ShareCards.path(former));
        });
        paths.addAll(LISTING_PAGES);
        return paths;
    }
}
