package io.explainers.jsonld;

import static io.explainers.jsonld.StructuredDataTest.JSON;
import static io.explainers.jsonld.StructuredDataTest.assertEveryReferenceResolves;
import static io.explainers.jsonld.StructuredDataTest.assertFaqMatchesVisibleFaq;
import static io.explainers.jsonld.StructuredDataTest.graph;
import static io.explainers.jsonld.StructuredDataTest.onlyNodeOfType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Pages;
import io.explainers.TestTopics;
import io.explainers.content.Topic;
import io.quarkus.test.junit.QuarkusTest;

/** Reviews are claimed only when shown, and nothing an editor types can break out of the script element. */
@QuarkusTest
class StructuredDataEdgeCasesTest {

    @Inject
    TestTopics topics;

    @Test
    void reviewIsClaimedOnlyWhenThePageShowsIt() throws Exception {
        topics.publishedWithText("reviewed-structured-data", "reviewed");
        topics.reviewed("reviewed-structured-data", topics.reviewer("Dr. Ada Reviewer", null, null, null),
                LocalDate.of(2026, 11, 20));
        Document page = Pages.get("/topics/reviewed-structured-data");
        JsonNode faqPage = onlyNodeOfType(graph(page), "FAQPage");

        Element shown = page.selectFirst(".reviewed");
        assertNotNull(shown, "the page shows the review");
        assertTrue(shown.text().contains("Dr. Ada Reviewer"));
        assertTrue(shown.text().contains("20 November 2026"));
        assertEquals("2026-11-20", faqPage.get("lastReviewed").asText());
        JsonNode person = node(graph(page), faqPage.get("reviewedBy").get("@id").asText());
        assertEquals("Person", person.get("@type").asText());
        assertEquals("Dr. Ada Reviewer", person.get("name").asText());
        assertNull(person.get("honorificSuffix"), "no credentials, none claimed");
        assertNull(person.get("jobTitle"));
        assertNull(person.get("url"));
    }

    /** An article may come without a FAQ; its page is then no FAQPage, rather than one with no questions. */
    @Test
    void aPageWithoutQuestionsIsNoFaqPage() throws Exception {
        topics.publishedWithText("no-questions-structured-data", "no questions");
        topics.change("no-questions-structured-data", topic -> topic.faq.clear());
        Document page = Pages.get("/topics/no-questions-structured-data");
        assertTrue(page.select(".faq").isEmpty(), "the page shows no FAQ");
        JsonNode medicalPage = onlyNodeOfType(graph(page), "MedicalWebPage");
        assertEquals("MedicalWebPage", medicalPage.get("@type").asText(), medicalPage.get("@type").toString());
        assertNull(medicalPage.get("mainEntity"));
        assertEveryReferenceResolves(graph(page));
    }

    static JsonNode node(JsonNode graph, String id) {
        for (JsonNode node : graph) {
            if (id.equals(node.path("@id").asText()) && node.size() > 1) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in the graph");
    }

    @Test
    void hostileTextStaysInsideTheScriptAndComesBackUnchanged() throws Exception {
        String hostile = "</script><script>alert(1)</script> <!-- ]]> & \"quotes\" \u2028\u2029 end";
        Topic stored = topics.publishedWithText("hostile-json-ld", hostile);
        String html = io.restassured.RestAssured.given().get("/topics/hostile-json-ld").then().statusCode(200)
                .extract().asString();
        Document page = org.jsoup.Jsoup.parse(html);

        assertEquals(1, page.select("script").size(), "no script element was injected");
        String script = page.selectFirst("script[type=application/ld+json]").data();
        for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(script.contains(unsafe), "raw " + unsafe + " inside the script");
        }
        assertTrue(script.contains("\\u003c/script\\u003e"));

        JsonNode graph = JSON.readTree(script).get("@graph");
        JsonNode faqPage = onlyNodeOfType(graph, "FAQPage");
        assertEquals(stored.title, faqPage.get("headline").asText());
        assertEquals(stored.title, faqPage.get("name").asText());
        assertEquals(stored.metaDescription, faqPage.get("description").asText());
        assertEquals(stored.aboutName, faqPage.get("about").get("name").asText());
        assertEquals(stored.aboutAlternateName, faqPage.get("about").get("alternateName").asText());
        assertEquals(stored.faq.get(0).question, faqPage.get("mainEntity").get(0).get("name").asText());
        assertEquals(stored.faq.get(0).answer, faqPage.get("mainEntity").get(0).get("acceptedAnswer").get("text").asText());
        assertFaqMatchesVisibleFaq(page, faqPage);
        assertEveryReferenceResolves(graph);
    }

}
