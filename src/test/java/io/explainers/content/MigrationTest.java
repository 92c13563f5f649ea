package io.explainers.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The migrations build the schema the entities expect (Hibernate validates it at start in tests) and bring the seed
 * in exactly as written, on whichever database the suite runs against.
 */
@QuarkusTest
class MigrationTest {

    @Inject
    Flyway flyway;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] all = flyway.info().all();
        assertTrue(all.length >= 3);
        assertTrue(Arrays.stream(all).allMatch(info -> info.getState() == MigrationState.SUCCESS),
                () -> Arrays.toString(Arrays.stream(all).map(i -> i.getVersion() + ":" + i.getState()).toArray()));
        assertEquals(0, flyway.info().pending().length);
    }

    @Test
    void seedArrivesCompleteAndInOrder() {
        SeedText seed = SeedText.load();
        QuarkusTransaction.requiringNew().run(() -> {
            Topic topic = Topic.findBySlug(SeedText.SLUG).orElseThrow();
            assertEquals(TopicStatus.PUBLISHED, topic.status);
            assertEquals(seed.metaDescription(), topic.metaDescription);
            assertEquals(seed.focusPhrase(), topic.focusPhrase);
            assertEquals(seed.intro(), topic.intro);
            assertEquals(seed.inSimpleTerms(), topic.inSimpleTerms);
            assertEquals(seed.faqHeading(), topic.faqHeading);
            assertEquals(seed.sectionHeadings(), topic.sections.stream().map(section -> section.heading).toList());
            assertEquals(3, topic.sections.get(3).items.size());
            assertEquals("At home:", topic.sections.get(3).items.get(0).label);
            assertNull(topic.sections.get(0).items.get(0).label);
            assertEquals(seed.faq().size(), topic.faq.size());
            for (int i = 0; i < seed.faq().size(); i++) {
                assertEquals(seed.faq().get(i)[0], topic.faq.get(i).question);
                assertEquals(seed.faq().get(i)[1], topic.faq.get(i).answer);
            }
            assertEquals(0, topic.version);
        });
    }
}
