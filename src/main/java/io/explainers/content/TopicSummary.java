package io.explainers.content;

import java.time.Instant;

/** What a list of topics shows of each: the home page, the 404 page, the sitemap. */
public record TopicSummary(String slug, String title, String metaDescription, Instant modifiedAt) {
}
