package io.explainers.site;

import io.explainers.content.TopicChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;

/** Drops exactly the pages a topic change affects: the topic itself and every page that lists topics. */
@ApplicationScoped
public class PageInvalidation {

    private final PageCache cache;
    private final ReplicaCacheSync replicas;

    PageInvalidation(PageCache cache, ReplicaCacheSync replicas) {
        this.cache = cache;
        this.replicas = replicas;
    }

    void onTopicChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicChanged change) {
        cache.evict(affectedPaths(change));
        replicas.handledHere(change.contentVersion());
    }

    static List<String> affectedPaths(TopicChanged change) {
        List<String> paths = new ArrayList<>();
        paths.add(Site.topicPath(change.slug()));
        change.formerSlugs().forEach(former -> paths.add(Site.topicPath(former)));
        paths.addAll(ListingPages.PATHS);
        return paths;
    }
}
