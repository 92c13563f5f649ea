package io.explainers.content;

/**
 * Any committed change to what the site shows, each with the content version it produced: {@link TopicChanged} and
 * {@link ReviewerChanged}. Replicas observe this type to tell their own changes from other replicas'.
 */
public interface ContentChange {

    long contentVersion();
}
