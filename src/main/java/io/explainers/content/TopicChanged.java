package io.explainers.content;

import java.util.List;

/**
 * Announces that a topic's content, status or address changed. Observers that must only see committed content (the
 * page cache) observe it after the transaction succeeds.
 *
 * @param slug the topic's address now
 * @param formerSlugs addresses the topic answered at before this change, if the slug changed
 * @param contentVersion the site-wide content version this change produced
 * @param onSite whether visitors see the change: the topic was published before it, or is published after it
 */
public record TopicChanged(String slug, List<String> formerSlugs, long contentVersion, boolean onSite)
        implements
            ContentChange {
}
