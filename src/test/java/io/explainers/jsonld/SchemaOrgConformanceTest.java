package io.explainers.jsonld;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.content.TopicView;
import io.explainers.content.TopicViews;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Holds the JSON-LD of the home page and the seed explainer to schema.org, as far as the facts derived from the
 * vocabulary go (see {@link SchemaOrgVocabulary}): search engines silently ignore what does not conform.
 */
@QuarkusTest
class SchemaOrgConformanceTest {

    private static final SchemaOrgVocabulary VOCABULARY = SchemaOrgVocabulary.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_TOPIC = "/topics/what-is-occupational-therapy-for-kids";

    @Inject
    StructuredData structuredData;

    @Test
    void homePageConforms() {
        SchemaOrgVocabulary.Report report = VOCABULARY.check(graphOf("/"));

        assertEquals(List.of(), report.violations());
        // Proves the walk reached the nested list, not just the top-level nodes.
        assertTrue(report.types().containsAll(Set.of("Organization", "WebSite", "CollectionPage", "ItemList", "ListItem")),
                "types seen: " + report.types());
        assertTrue(
                report.properties().containsAll(Set.of("mainEntity", "numberOfItems", "itemListElement", "position", "item")),
                "properties seen: " + report.properties());
    }

    @Test
    void seedTopicPageConforms() {
        SchemaOrgVocabulary.Report report = VOCABULARY.check(graphOf(SEED_TOPIC));

        assertEquals(List.of(), report.violations());
        assertTrue(report.types().containsAll(Set.of("Organization", "WebSite", "MedicalWebPage", "FAQPage",
                "OccupationalTherapy", "ParentAudience", "Question", "Answer", "BreadcrumbList", "ListItem")),
                "types seen: " + report.types());
        assertTrue(report.properties().containsAll(Set.of("about", "specialty", "audience", "childMinAge", "childMaxAge",
                "mainEntity", "acceptedAnswer", "text", "breadcrumb", "itemListElement")),
                "properties seen: " + report.properties());
    }

    @Test
    void seedTopicSpecialtyIsAMedicalSpecialty() {
        JsonNode page = null;
        for (JsonNode node : graphOf(SEED_TOPIC)) {
            if (node.path("@type").toString().contains("\"MedicalWebPage\"")) {
                page = node;
            }
        }
        assertTrue(page != null, "the seed topic has a MedicalWebPage node");
        assertEquals("https://schema.org/Pediatric", page.path("specialty").asText());
        assertTrue(VOCABULARY.enumerationsOf("Pediatric").contains("MedicalSpecialty"),
                "Pediatric is in " + VOCABULARY.enumerationsOf("Pediatric"));
    }

    // The seed topic is not reviewed, so the reviewedBy/lastReviewed branch is checked on a reviewed copy of it.
    @Test
    void reviewedTopicConforms() throws JsonProcessingException {
        TopicView reviewed = TopicViews.topic("reviewed", "Reviewed")
                .withMetaDescription("A reviewed topic.")
                .withInSimpleTerms("Simply.")
                .withAbout(new TopicView.About("OccupationalTherapy", "Occupational therapy", null))
                .withLastReviewedOn(LocalDate.parse("2026-11-28"))
                .withReviewedBy(new TopicView.ReviewerView(7, "A. Reviewer", "OTR/L", "Pediatric occupational therapist",
                        "https://people.example/a-reviewer"))
                .withSources(List.of(new TopicView.SourceView("Occupational therapy for children", "A Publisher",
                        "https://publisher.example/ot", LocalDate.parse("2026-11-20"))));

        SchemaOrgVocabulary.Report report = VOCABULARY
                .check(JSON.readTree(structuredData.forTopic(reviewed, "Home")).get("@graph"));

        assertEquals(List.of(), report.violations());
        assertTrue(report.types().containsAll(Set.of("Person", "CreativeWork", "Organization")),
                "types seen: " + report.types());
        assertTrue(report.properties().containsAll(Set.of("reviewedBy", "lastReviewed", "honorificSuffix", "jobTitle",
                "citation", "publisher", "publishingPrinciples", "sameAs")),
                "properties seen: " + report.properties());
    }

    @Test
    void aboutPageConforms() {
        SchemaOrgVocabulary.Report report = VOCABULARY.check(graphOf("/about"));

        assertEquals(List.of(), report.violations());
        assertTrue(report.types().containsAll(Set.of("Organization", "WebSite", "AboutPage")), "types seen: " + report.types());
        assertTrue(report.properties().containsAll(Set.of("about", "publishingPrinciples", "sameAs")),
                "properties seen: " + report.properties());
    }

    // The checks below prove the checker can fail, so the page tests above cannot pass on nothing.

    @Test
    void propertyOutsideItsDomainIsCaught() {
        // childMinAge belongs to ParentAudience, a subtype of Audience, not to Audience itself.
        List<String> violations = violationsOf("{\"@type\":\"Audience\",\"childMinAge\":0}");

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("Audience") && violations.get(0).contains("childMinAge"), violations::toString);
    }

    @Test
    void nestedNodesAreChecked() {
        List<String> violations = violationsOf(
                "[{\"@type\":\"MedicalWebPage\",\"audience\":{\"@type\":\"Audience\",\"childMaxAge\":18}}]");

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("@graph[0].audience (Audience).childMaxAge"), violations::toString);
    }

    @Test
    void unknownTypeIsCaught() {
        List<String> violations = violationsOf("{\"@type\":[\"MedicalWebPage\",\"ExplainerPage\"],\"name\":\"x\"}");

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("ExplainerPage is not a schema.org class"), violations::toString);
    }

    @Test
    void unknownPropertyIsCaught() {
        List<String> violations = violationsOf("{\"@type\":\"Answer\",\"answerBody\":\"x\"}");

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("Answer") && violations.get(0).contains("answerBody"), violations::toString);
    }

    @Test
    void valueOutsideTheEnumerationIsCaught() {
        // Pediatrics (with an s) is not a schema.org MedicalSpecialty; Pediatric is.
        List<String> violations = violationsOf(
                "{\"@type\":\"MedicalWebPage\",\"specialty\":\"https://schema.org/Pediatrics\"}");

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("specialty") && violations.get(0).contains("Pediatrics"), violations::toString);
    }

    @Test
    void untypedNodeIsCaught() {
        assertFalse(violationsOf("{\"name\":\"x\"}").isEmpty());
    }

    @Test
    void inheritedPropertiesAndReferencesAreAccepted() {
        // headline is a CreativeWork property and an Answer is a Comment, which is a CreativeWork.
        assertEquals(List.of(), violationsOf(
                "{\"@type\":\"Answer\",\"headline\":\"x\",\"isPartOf\":{\"@id\":\"https://example.org/#page\"}}"));
    }

    private static List<String> violationsOf(String json) {
        try {
            return VOCABULARY.check(JSON.readTree(json)).violations();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode graphOf(String path) {
        String html = given().when().get(path).then().statusCode(200).extract().asString();
        Elements scripts = Jsoup.parse(html).select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one ld+json script on " + path);
        try {
            JsonNode root = JSON.readTree(scripts.first().data());
            assertEquals("https://schema.org", root.path("@context").asText());
            JsonNode graph = root.path("@graph");
            assertTrue(graph.isArray() && graph.size() > 0, "a non-empty @graph on " + path);
            return graph;
        } catch (JsonProcessingException e) {
            throw new AssertionError("the ld+json on " + path + " is not JSON", e);
        }
    }
}
