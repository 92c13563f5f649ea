package io.explainers.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.explainers.TestTopics;
import io.explainers.web.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The site's read of a topic page only reads: whatever happens to the entities it loaded is never written. */
@QuarkusTest
class PublishedTopicsTest {

    @Inject
    PublishedTopics published;
    @Inject
    TestTopics topics;

    @Test
    void readingATopicPageWritesNothing() {
        String slug = "published-topics-read-only";
        topics.publishedWithText(slug, "read only");

        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(published.find(Language.ENGLISH, slug).isPresent());
            // The same instances the read loaded: the transaction's persistence context hands them back.
            Topic topic = Topic.findPublished(Language.ENGLISH, slug).orElseThrow();
            topic.title = "Changed while the page was read";
            topic.sections.get(0).heading = "Changed heading";
            topic.faq.clear();
        });

        Topic stored = QuarkusTransaction.requiringNew().call(() -> {
            Topic topic = Topic.findBySlug(slug).orElseThrow();
            // Loaded here: the assertions run after the transaction.
            topic.sections.size();
            topic.faq.size();
            return topic;
        });
        assertEquals("Title read only", stored.title);
        assertEquals("Heading read only", stored.sections.get(0).heading);
        assertEquals(1, stored.faq.size());
    }
}
