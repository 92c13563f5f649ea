package io.explainers.indexnow;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.explainers.content.ReviewerChanged;
import io.explainers.content.Slugs;
import io.explainers.content.TopicChanged;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Site;

/**
 * Writes a change's outbox rows inside the change's own transaction (a synchronous observer): a change that rolls back
 * takes its rows with it, and one that commits has them. Only changes visitors see are announced: a topic published,
 * changed while published, renamed (the old address, which now redirects, and the new), unpublished or archived; and
 * the published pages that name a reviewer whose record changed.
 */
@ApplicationScoped
class ChangedPages {

    private final Outbox outbox;
    private final Site site;
    private final boolean enabled;

    ChangedPages(Outbox outbox, Site site, ExplainersConfig config) {
        this.outbox = outbox;
        this.site = site;
        this.enabled = config.indexnow().key().isPresent();
    }

    void onChange(@Observes TopicChanged change) {
        if (!enabled || !change.onSite()) {
            return;
        }
        List<String> urls = new ArrayList<>();
        urls.add(site.url(Slugs.topicPath(change.language(), change.slug())));
        change.formerSlugs().forEach(former -> urls.add(site.url(Slugs.topicPath(change.language(), former))));
        outbox.add(urls);
    }

    void onReviewerChange(@Observes ReviewerChanged change) {
        if (!enabled || change.publishedPages().isEmpty()) {
            return;
        }
        outbox.add(change.publishedPages().stream().map(page -> site.url(page.path())).toList());
    }
}
