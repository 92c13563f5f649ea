package io.explainers;

import io.explainers.content.Topic;
import io.explainers.content.TopicStatus;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** An archived topic, so the page tests see the 410 page a retired explainer's address answers with. */
public final class RetiredTopic {

    public static final String SLUG = "what-was-a-retired-explainer";
    public static final String PATH = Pages.topic(SLUG);

    private RetiredTopic() {
    }

    public static void ensure() {
        boolean absent = QuarkusTransaction.requiringNew().call(() -> Topic.findBySlug(SLUG).isEmpty());
        if (absent) {
            Arc.container().instance(TestTopics.class).get().create(SLUG, TopicStatus.ARCHIVED, "retired explainer");
        }
    }
}
