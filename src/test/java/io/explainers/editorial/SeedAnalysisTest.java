package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.seo.Readability;
import io.quarkus.test.junit.QuarkusTest;

/** The seed explainer's checklist: every SEO check good; readability reported honestly with its numbers. */
@QuarkusTest
class SeedAnalysisTest {

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void everySeoCheckOfTheSeedIsGood() {
        JsonNode analysis = Api.read(Api.as(Api.REVIEWER).get("/api/topics/" + SeedText.SLUG + "/analysis")
                .then().statusCode(200).extract().asString());
        assertEquals(SeedText.load().focusPhrase(), analysis.get("focusPhrase").asText());
        List<String> ids = analysis.get("seo").findValuesAsText("id");
        assertEquals(List.of("focus-phrase-in-title", "focus-phrase-in-introduction", "focus-phrase-in-subheading",
                "focus-phrase-in-meta-description", "meta-description-length", "slug", "body-length", "single-h1", "faq",
                "structured-data"), ids);
        for (JsonNode check : analysis.get("seo")) {
            assertEquals("good", check.get("status").asText(), check.toString());
            assertTrue(check.get("message").asText().length() > 20, "a plain-language message");
        }
        // What the analysis counted is what the page has.
        assertEquals(1, Pages.get(SeedText.PATH).select("h1").size());
    }

    @Test
    void theSeedsReadabilityIsReportedWithTheNumbersBehindIt() {
        JsonNode analysis = Api.read(Api.as(Api.EDITOR).get("/api/topics/" + SeedText.SLUG + "/analysis")
                .then().statusCode(200).extract().asString());
        assertEquals(List.of("reading-ease", "grade-level", "long-sentences", "longest-paragraph"),
                analysis.get("readability").findValuesAsText("id"));
        for (JsonNode check : analysis.get("readability")) {
            assertTrue(List.of("good", "improve", "problem").contains(check.get("status").asText()), check.toString());
        }
        JsonNode scores = analysis.get("scores");
        int words = scores.get("words").asInt();
        int sentences = scores.get("sentences").asInt();
        int syllables = scores.get("syllables").asInt();
        // 1 intro paragraph, 12 bullets, "In simple terms", 3 questions and 3 answers: one sentence each.
        assertEquals(20, sentences);
        assertEquals(Math.round(10 * Readability.fleschReadingEase(words, sentences, syllables)) / 10.0,
                scores.get("readingEase").asDouble(), 1e-9);
        assertEquals(Math.round(10 * Readability.fleschKincaidGrade(words, sentences, syllables)) / 10.0,
                scores.get("gradeLevel").asDouble(), 1e-9);
        // The seed is written for adults: above the grade-8 target, and most of its bullets are one long sentence.
        assertTrue(scores.get("gradeLevel").asDouble() > 8);
        assertTrue(List.of("improve", "problem").contains(TopicsApiTest.check(analysis, "grade-level")));
        assertEquals("good", TopicsApiTest.check(analysis, "longest-paragraph"));
        assertTrue(scores.get("bodyWords").asInt() >= 300);
    }
}
