package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.Section;
import io.explainers.content.SectionItem;
import io.quarkus.test.junit.QuarkusTest;

/** Section anchors are the heading's words: never an id the page already has, and without accents, as slugs are. */
@QuarkusTest
class SectionAnchorsTest {

    @Inject
    TestTopics topics;

    /**
     * Every id of a topic page's own (the seed's, whatever its template holds now) as a section heading: "Main" took
     * id="main", so the skip link and the table of contents' label pointed into the section.
     */
    @Test
    void aHeadingNeverTakesAnIdOfThePage() {
        List<String> pageIds = Pages.get(SeedText.PATH).select("[id]").eachAttr("id");
        topics.publishedWithText("headed-like-the-page", "headed like the page");
        topics.change("headed-like-the-page", topic -> {
            for (String id : pageIds) {
                String heading = id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1).replace('-', ' ');
                topic.addSection(new Section(heading, List.of(SectionItem.paragraph("About " + heading))));
            }
        });
        Document page = Pages.get("/topics/headed-like-the-page");
        List<String> ids = page.select("[id]").eachAttr("id");
        Set<String> unique = new HashSet<>();
        for (String id : ids) {
            assertTrue(unique.add(id), "id " + id + " twice in " + ids);
        }
        assertTrue(ids.containsAll(pageIds), "each id is still there: " + ids);
        assertEquals(pageIds.size() + 1, page.select("section[aria-labelledby]:not(.faq):not(.sources)").size(),
                "a section for each heading, and the one it had: " + ids);
        Element main = page.getElementById("main");
        assertEquals("main", main.tagName(), "the skip link's target is the main landmark");
        assertEquals(page.getElementById("toc-title").parent(), page.selectFirst("nav[aria-labelledby=toc-title]"));
    }

    @Test
    void accentsAreDroppedAsInSlugs() {
        topics.publishedWithText("accented-headings", "accented headings");
        topics.change("accented-headings", topic -> {
            topic.sections.get(0).heading = "¿Cómo ayuda en la vida real?";
            topic.addSection(new Section("¿Qué niños pueden beneficiarse?", List.of(SectionItem.paragraph("Muchos."))));
        });
        Document page = Pages.get("/topics/accented-headings");
        assertTrue(page.getElementById("como-ayuda-en-la-vida-real") != null, page.select("[id]").eachAttr("id").toString());
        assertTrue(page.getElementById("que-ninos-pueden-beneficiarse") != null, page.select("[id]").eachAttr("id").toString());
        assertTrue(page.select("a[href=#como-ayuda-en-la-vida-real]").size() > 0, "the table of contents links to it");
    }
}
