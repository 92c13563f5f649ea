package io.explainers.content;

import java.time.Instant;
import java.util.List;

import io.explainers.web.Language;

/**
 * One published topic as the sitemap lists it, with every published edition of it (itself included) when there is
 * more than one, for the {@code xhtml:link} alternates.
 */
public record SitemapEntry(Long id, Language language, String slug, Instant modifiedAt, List<TopicView.Edition> editions) {

    public String path() {
        return Slugs.topicPath(language, slug);
    }
}
