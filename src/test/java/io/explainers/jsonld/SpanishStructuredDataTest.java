package io.explainers.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/** The Spanish pages' JSON-LD: what the page shows, in schema.org's words, and which work translates which. */
@QuarkusTest
class SpanishStructuredDataTest {

    static final String BASE_URL = "http://localhost:8080";
    static final String ES = SeedText.SPANISH_PATH;
    static final String EN = SeedText.PATH;

    @Test
    void structuredDataSaysWhichWorkIsATranslationOfWhich() throws Exception {
        Document page = Pages.get(ES);
        JsonNode graph = StructuredDataTest.graph(page);
        JsonNode spanish = node(graph, BASE_URL + ES);
        assertEquals("es", spanish.get("inLanguage").asText());
        List<String> siteLanguages = new ArrayList<>();
        StructuredDataTest.onlyNodeOfType(graph, "WebSite").get("inLanguage").forEach(code -> siteLanguages.add(code.asText()));
        assertEquals(List.of("en", "es"), siteLanguages, "the site publishes in both, whichever page says so");
        assertEquals(BASE_URL + "/#organization", spanish.get("translator").get("@id").asText(),
                "translated by the editorial team, that is the publisher");
        assertEquals(BASE_URL + EN, spanish.get("translationOfWork").get("@id").asText());
        assertEquals("en", spanish.get("translationOfWork").get("inLanguage").asText());
        assertEquals(page.selectFirst("h1").text(), spanish.get("headline").asText());
        assertEquals(page.selectFirst("meta[name=description]").attr("content"), spanish.get("description").asText());
        assertNull(spanish.get("reviewedBy"), "not reviewed, and not claimed to be");
        StructuredDataTest.assertFaqMatchesVisibleFaq(page, spanish);
        StructuredDataTest.assertBreadcrumbsMatchVisibleBreadcrumbs(page, graph, spanish);
        StructuredDataTest.assertEveryReferenceResolves(graph);
        assertEquals("Inicio", graph.findValues("itemListElement").get(0).get(0).get("name").asText());
        assertEquals(BASE_URL + "/es/", graph.findValues("itemListElement").get(0).get(0).get("item").asText());

        JsonNode english = node(StructuredDataTest.graph(Pages.get(EN)), BASE_URL + EN);
        assertEquals(BASE_URL + ES, english.get("workTranslation").get(0).get("@id").asText());
        assertNull(english.get("translator"));

        for (String path : List.of(ES, Pages.SPANISH_HOME, "/es/temas/no-existe")) {
            int status = path.endsWith("no-existe") ? 404 : 200;
            SchemaOrgVocabulary.Report report = SchemaOrgVocabulary.load()
                    .check(StructuredDataTest.graph(Pages.get(path, status)));
            assertEquals(List.of(), report.violations(), path);
        }
        assertTrue(SchemaOrgVocabulary.load()
                .check(StructuredDataTest.graph(Pages.get(ES))).properties()
                .containsAll(List.of("translator", "translationOfWork", "inLanguage")));
    }

    private static JsonNode node(JsonNode graph, String id) {
        for (JsonNode node : graph) {
            if (node.path("@id").asText().equals(id) && node.size() > 1 && node.has("headline")) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
