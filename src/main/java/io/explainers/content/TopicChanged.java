package io.explainers.content;

import java.util.List;

import io.explainers.web.Language;

/**
 * Announces that a topic's content, status or address changed. Observers that must only see committed content (the
 * page cache) observe it after the transaction succeeds.
 *
 * @param language the edition's language
 * @param slug the topic's address now
 * @param formerSlugs addresses the topic answered at before this change, if the slug changed
 * @param contentVersion the site-wide content version this change produced
 * @param onSite whether visitors see the change: the topic was published before it, or is published after it
 * @param shownOn the other editions whose pages show this one (the language switch, hreflang) and show it differently
 *        now: its address or whether it is published changed. Empty for a change of text alone.
 */
public record TopicChanged(Language language, String slug, List<String> formerSlugs, long contentVersion, boolean onSite,
        List<TopicView.Edition> shownOn) implements ContentChange {
}
