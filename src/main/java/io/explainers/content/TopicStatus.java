package io.explainers.content;

/** Where a topic is in its life: only published topics are on the site; archived ones are kept, never deleted. */
public enum TopicStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
