package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.SeedText;
import io.explainers.seo.Readability;
import io.quarkus.test.junit.QuarkusTest;

/** The Spanish seed's checklist: Spanish focus-phrase matching, and Spanish readability formulas with their numbers. */
@QuarkusTest
class SpanishSeedAnalysisTest {

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void everySeoCheckOfTheSpanishSeedIsGood() {
        JsonNode analysis = analysis();
        assertEquals("qué es la terapia ocupacional para niños", analysis.get("focusPhrase").asText());
        for (JsonNode check : analysis.get("seo")) {
            assertEquals("good", check.get("status").asText(), check.toString());
        }
    }

    @Test
    void readabilityIsMeasuredWithTheSpanishFormulas() {
        JsonNode analysis = analysis();
        assertEquals(List.of("reading-ease", "perspicuity", "long-sentences", "longest-paragraph"),
                analysis.get("readability").findValuesAsText("id"));
        JsonNode scores = analysis.get("scores");
        int words = scores.get("words").asInt();
        int sentences = scores.get("sentences").asInt();
        int syllables = scores.get("syllables").asInt();
        // Like the English seed: 1 intro paragraph, 12 bullets, "En términos simples", 3 questions and 3 answers.
        assertEquals(20, sentences);
        assertEquals(Math.round(10 * Readability.fernandezHuerta(words, sentences, syllables)) / 10.0,
                scores.get("readingEase").asDouble(), 1e-9);
        double perspicuity = Readability.szigrisztPazos(words, sentences, syllables);
        assertEquals(Math.round(10 * perspicuity) / 10.0, scores.get("perspicuity").asDouble(), 1e-9);
        assertEquals(Readability.inflesz(perspicuity), scores.get("inflesz").asText());
        assertTrue(analysis.get("readability").get(1).get("message").asText().contains("INFLESZ"));
        // Spanish words have more syllables than English ones: an English count would be far off.
        assertTrue((double) syllables / words > 1.8, syllables + " syllables in " + words + " words");
        assertTrue(scores.get("bodyWords").asInt() >= 300);
    }

    private static JsonNode analysis() {
        return Api.read(Api.as(Api.EDITOR).get("/api/topics/" + SeedText.SPANISH_SLUG + "/analysis")
                .then().statusCode(200).extract().asString());
    }
}
