package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.explainers.Pages;
import io.explainers.TestTopics;
import io.explainers.content.Topic;
import io.quarkus.test.junit.QuarkusTest;

/** Whatever an editor types is shown as text: never markup, never script. */
@QuarkusTest
class HostileContentTest {

    @Inject
    TestTopics topics;

    static final String HOSTILE = "</script><script>alert(1)</script> \"quoted\" & 'single' <b>bold</b> <!-- ]]>";

    @Test
    void everyTextFieldIsEscaped() {
        Topic topic = topics.publishedWithText("hostile-topic", HOSTILE);
        Document page = Pages.get("/topics/hostile-topic");

        // Only the structured-data script exists, and no markup from the content became an element.
        assertEquals(1, page.select("script").size());
        assertEquals("application/ld+json", page.selectFirst("script").attr("type"));
        assertEquals(0, page.select("main b").size());

        String text = Pages.visibleText(page);
        for (String shown : new String[] { topic.title, topic.faqHeading, topic.sections.get(0).heading,
                topic.faq.get(0).question, topic.sections.get(0).items.get(1).label, "Intro " + HOSTILE,
                "Second intro paragraph " + HOSTILE,
                "Simply " + HOSTILE, "Paragraph " + HOSTILE, "Bullet " + HOSTILE, "Plain bullet " + HOSTILE,
                "Answer " + HOSTILE }) {
            assertTrue(text.contains(Pages.normalise(shown)), shown);
        }
        assertTrue(page.selectFirst("meta[name=description]").attr("content").startsWith("Meta description </script>"));
        assertTrue(page.title().startsWith("Title </script>"));

        // The topic also shows on the home page, escaped there too.
        Document home = Pages.get("/");
        assertEquals(1, home.select("script").size());
        assertTrue(Pages.visibleText(home).contains(Pages.normalise(topic.title)));
        assertTrue(Pages.visibleText(home).contains(Pages.normalise(topic.metaDescription)));
    }
}
