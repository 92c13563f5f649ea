package io.explainers.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.ImportedTopic;
import io.explainers.Pages;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/** The structured data says exactly what the visitor sees. Runs against the packaged application too (StructuredDataIT). */
@QuarkusTest
class StructuredDataTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SEED = SeedText.PATH;

    @Test
    void seedPageGraphMatchesTheVisiblePage() throws Exception {
        Document page = Pages.get(SEED);
        JsonNode graph = graph(page);
        JsonNode faqPage = onlyNodeOfType(graph, "FAQPage");

        assertTrue(types(faqPage).contains("MedicalWebPage"));
        assertEquals(page.selectFirst("h1").text(), faqPage.get("headline").asText());
        assertEquals(page.selectFirst("h1").text(), faqPage.get("name").asText());
        assertEquals(page.selectFirst("meta[name=description]").attr("content"), faqPage.get("description").asText());
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertEquals(canonical, faqPage.get("url").asText());
        assertEquals(canonical, faqPage.get("@id").asText());
        assertEquals("en", faqPage.get("inLanguage").asText());
        assertEquals("https://schema.org/Pediatric", faqPage.get("specialty").asText());
        assertEquals("2026-11-27T09:00:00Z", faqPage.get("dateModified").asText());
        assertEquals("2026-11-27T09:00:00Z", faqPage.get("datePublished").asText());

        JsonNode about = faqPage.get("about");
        assertEquals("OccupationalTherapy", about.get("@type").asText());
        assertEquals("Occupational therapy", about.get("name").asText());
        assertEquals("Pediatric occupational therapy", about.get("alternateName").asText());
        JsonNode audience = faqPage.get("audience");
        assertEquals("ParentAudience", audience.get("@type").asText());
        assertEquals(0, audience.get("childMinAge").asInt());
        assertEquals(18, audience.get("childMaxAge").asInt());

        // The page shows no review and no sources, so the graph claims none.
        assertNull(page.selectFirst(".reviewed"));
        assertNull(faqPage.get("lastReviewed"));
        assertNull(faqPage.get("reviewedBy"));
        assertTrue(graph.findValues("@type").stream().noneMatch(type -> type.asText().equals("Person")));
        assertNull(page.selectFirst(".sources"));
        assertNull(faqPage.get("citation"));

        assertFaqMatchesVisibleFaq(page, faqPage);
        assertBreadcrumbsMatchVisibleBreadcrumbs(page, graph, faqPage);
        assertEveryReferenceResolves(graph);
    }

    /**
     * The imported topic is reviewed and has sources: who reviewed it, when, and every source say the same on the page
     * and in the graph, and the publisher's principles are the page the footer links to.
     */
    @Test
    void reviewerSourcesAndPrinciplesMatchTheVisiblePage() throws Exception {
        ImportedTopic.ensure();
        Document page = Pages.get(Pages.topic(ImportedTopic.SLUG));
        JsonNode graph = graph(page);
        JsonNode faqPage = onlyNodeOfType(graph, "FAQPage");

        Element reviewed = page.selectFirst("header .review .reviewed");
        assertEquals(reviewed.selectFirst("time").attr("datetime"), faqPage.get("lastReviewed").asText());
        JsonNode person = onlyNodeOfType(graph, "Person");
        assertEquals(person.get("@id").asText(), faqPage.get("reviewedBy").get("@id").asText(),
                "reviewedBy refers to the Person node");
        assertEquals(1, faqPage.get("reviewedBy").size(), "a reference, not a copy");
        Element profile = reviewed.selectFirst("a");
        assertEquals(profile.text(), person.get("name").asText());
        assertEquals(profile.attr("href"), person.get("url").asText());
        assertEquals("Medically reviewed by " + person.get("name").asText() + ", " + person.get("honorificSuffix").asText()
                + ", " + person.get("jobTitle").asText() + " on " + reviewed.selectFirst("time").text(), reviewed.text());

        List<Element> visible = page.select("article .sources li");
        JsonNode citations = faqPage.get("citation");
        assertFalse(visible.isEmpty());
        assertEquals(visible.size(), citations.size(), "every source, and only those");
        for (int i = 0; i < visible.size(); i++) {
            Element link = visible.get(i).selectFirst("a");
            JsonNode citation = citations.get(i);
            assertEquals("CreativeWork", citation.get("@type").asText());
            assertEquals(link.text(), citation.get("name").asText());
            assertEquals(link.attr("href"), citation.get("url").asText());
            assertEquals("Organization", citation.at("/publisher/@type").asText());
            assertTrue(visible.get(i).text().startsWith(link.text() + ", " + citation.at("/publisher/name").asText() + ". "),
                    visible.get(i).text());
        }

        Element about = page.selectFirst("footer a[href=/about]");
        assertEquals("http://localhost:8080" + about.attr("href"),
                onlyNodeOfType(graph, "Organization").get("publishingPrinciples").asText());
        assertEveryReferenceResolves(graph);
    }

    @Test
    void homeGraphListsThePublishedTopics() throws Exception {
        Document page = Pages.get("/");
        JsonNode graph = graph(page);
        JsonNode collection = onlyNodeOfType(graph, "CollectionPage");
        assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), collection.get("url").asText());
        onlyNodeOfType(graph, "WebSite");
        onlyNodeOfType(graph, "Organization");

        List<String> listed = new ArrayList<>();
        collection.get("mainEntity").get("itemListElement").forEach(item -> listed.add(item.get("item").asText()));
        List<String> shown = page.select(".topic-list a").eachAttr("href").stream()
                .map(path -> "http://localhost:8080" + path).toList();
        assertEquals(shown, listed);
        assertTrue(listed.contains("http://localhost:8080" + SEED));
        assertEveryReferenceResolves(graph);
    }

    static JsonNode graph(Document page) throws Exception {
        assertEquals(1, page.select("script[type=application/ld+json]").size(), "exactly one JSON-LD script");
        JsonNode root = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://schema.org", root.get("@context").asText());
        return root.get("@graph");
    }

    static JsonNode onlyNodeOfType(JsonNode graph, String type) {
        List<JsonNode> found = new ArrayList<>();
        graph.forEach(node -> {
            if (types(node).contains(type)) {
                found.add(node);
            }
        });
        assertEquals(1, found.size(), "exactly one node typed " + type);
        return found.get(0);
    }

    static Set<String> types(JsonNode node) {
        Set<String> types = new HashSet<>();
        JsonNode type = node.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types;
    }

    /** Every question and answer, in order, on both sides: nothing added, nothing missing. */
    static void assertFaqMatchesVisibleFaq(Document page, JsonNode faqPage) {
        List<String[]> visible = new ArrayList<>();
        for (Element question : page.select(".faq h3")) {
            visible.add(
                    new String[] { Pages.normalise(question.text()), Pages.normalise(question.nextElementSibling().text()) });
        }
        JsonNode questions = faqPage.get("mainEntity");
        assertFalse(visible.isEmpty());
        assertEquals(visible.size(), questions.size(), "the same number of FAQ entries");
        for (int i = 0; i < visible.size(); i++) {
            JsonNode question = questions.get(i);
            assertEquals("Question", question.get("@type").asText());
            assertEquals(visible.get(i)[0], Pages.normalise(question.get("name").asText()));
            assertEquals("Answer", question.get("acceptedAnswer").get("@type").asText());
            assertEquals(visible.get(i)[1], Pages.normalise(question.get("acceptedAnswer").get("text").asText()));
        }
    }

    static void assertBreadcrumbsMatchVisibleBreadcrumbs(Document page, JsonNode graph, JsonNode faqPage) {
        JsonNode breadcrumb = onlyNodeOfType(graph, "BreadcrumbList");
        assertEquals(faqPage.get("breadcrumb").get("@id").asText(), breadcrumb.get("@id").asText());
        List<String> visible = page.select("nav.breadcrumbs li").eachText();
        JsonNode items = breadcrumb.get("itemListElement");
        assertEquals(visible.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i + 1, items.get(i).get("position").asInt(), "positions count from 1");
            assertEquals(visible.get(i), items.get(i).get("name").asText());
        }
        assertEquals(faqPage.get("url").asText(), items.get(items.size() - 1).get("item").asText());
    }

    /** Nodes refer to each other by @id; a reference to a node that is not in the graph is a broken link. */
    static void assertEveryReferenceResolves(JsonNode graph) {
        Set<String> defined = new HashSet<>();
        List<String> referenced = new ArrayList<>();
        collectIds(graph, defined, referenced);
        assertFalse(defined.isEmpty());
        for (String reference : referenced) {
            assertTrue(defined.contains(reference), "unresolved @id reference " + reference);
            assertTrue(reference.startsWith("http://localhost:8080/"), "absolute @id " + reference);
        }
    }

    private static void collectIds(JsonNode node, Set<String> defined, List<String> referenced) {
        if (node.isObject()) {
            if (node.has("@id")) {
                if (node.size() == 1) {
                    referenced.add(node.get("@id").asText());
                } else {
                    assertTrue(defined.add(node.get("@id").asText()), "@id defined twice: " + node.get("@id"));
                }
            }
            node.forEach(child -> collectIds(child, defined, referenced));
        } else if (node.isArray()) {
            node.forEach(child -> collectIds(child, defined, referenced));
        }
    }
}
