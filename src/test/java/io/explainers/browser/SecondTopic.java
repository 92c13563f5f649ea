package io.explainers.browser;

import io.explainers.TestTopics;
import io.explainers.content.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** A second published topic, so that the pages under test show everything they can ("More explainers" among it). */
final class SecondTopic {

    static final String SLUG = "how-much-sleep-does-my-child-need";

    private SecondTopic() {
    }

    static void ensure(TestTopics topics) {
        boolean absent = QuarkusTransaction.requiringNew().call(() -> Topic.findBySlug(SLUG).isEmpty());
        if (absent) {
            topics.publishedWithText(SLUG, "sleep");
            topics.change(SLUG, topic -> topic.title = "How much sleep does my child need?");
        }
    }
}
