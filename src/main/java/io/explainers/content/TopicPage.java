package io.explainers.content;

import java.time.Instant;
import java.util.List;

/**
 * One page of a list of published topics, read in one transaction with what the whole list is.
 *
 * @param total how many topics are published
 * @param lastModified when the content last changed: the list's Last-Modified, which never goes backwards
 */
public record TopicPage(List<TopicSummary> topics, long total, Instant lastModified) {
}
