package io.explainers.content;

import java.util.List;

/**
 * Announces that what pages show of a reviewer (name, credentials, job title, profile) changed. Only the pages of the
 * topics they reviewed show them; no list of topics does.
 *
 * @param reviewerId the reviewer
 * @param pages the topic pages (each edition's) that name the reviewer
 * @param publishedPages those of them visitors can see, whose change search engines are told about
 * @param contentVersion the site-wide content version this change produced
 */
public record ReviewerChanged(long reviewerId, List<TopicView.Edition> pages, List<TopicView.Edition> publishedPages,
        long contentVersion) implements ContentChange {
}
