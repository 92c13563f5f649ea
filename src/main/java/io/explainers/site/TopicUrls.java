package io.explainers.site;

import io.explainers.content.Slugs;
import io.explainers.content.TopicSummary;
import io.explainers.content.TopicView;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code {topic.url}} in templates: a topic's address, spelled in one place
 * ({@link Slugs#topicPath(io.explainers.web.Language, String)}).
 */
@TemplateExtension
final class TopicUrls {

    private TopicUrls() {
    }

    static String url(TopicSummary topic) {
        return topic.path();
    }

    static String url(TopicView topic) {
        return topic.path();
    }
}
