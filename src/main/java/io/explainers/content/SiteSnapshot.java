package io.explainers.content;

import java.time.Instant;

/**
 * How much is published and how recent it is, read together with the content version so that validators made from it
 * describe exactly one state of the content.
 *
 * @param lastModified when the content last changed ({@link ContentVersion}): it only moves forward
 */
public record SiteSnapshot(long contentVersion, long publishedTopics, Instant lastModified) {
}
