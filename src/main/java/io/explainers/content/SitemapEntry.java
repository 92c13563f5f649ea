package io.explainers.content;

import java.time.Instant;

/** One published topic as the sitemap lists it. */
public record SitemapEntry(Long id, String slug, Instant modifiedAt) {
}
