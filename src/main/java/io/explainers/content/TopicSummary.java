package io.explainers.content;

import java.time.Instant;

import io.explainers.web.Language;

/** What a list of topics shows of each: the home page, the 404 page, the sitemap. */
public record TopicSummary(String slug, String title, String metaDescription, Instant modifiedAt, String language) {

    /** The topic's address in its language. */
    public String path() {
        return Slugs.topicPath(Language.ofCode(language).orElseThrow(), slug);
    }
}
