package io.explainers.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void countsCommonWordsLikeADictionary() {
        Map<String, Integer> words = Map.ofEntries(
                Map.entry("the", 1), Map.entry("cat", 1), Map.entry("kids", 1), Map.entry("skills", 1),
                Map.entry("make", 1), Map.entry("makes", 1), Map.entry("helped", 1), Map.entry("played", 1),
                Map.entry("wanted", 2), Map.entry("needed", 2), Map.entry("boxes", 2), Map.entry("places", 2),
                Map.entry("table", 2), Map.entry("little", 2), Map.entry("tables", 2), Map.entry("children", 2),
                Map.entry("therapy", 3), Map.entry("therapist", 3), Map.entry("sensory", 3), Map.entry("family", 3),
                Map.entry("occupational", 5), Map.entry("pediatric", 4), Map.entry("activities", 4),
                Map.entry("independence", 4), Map.entry("australian", 4), Map.entry("reptilian", 4),
                Map.entry("creature", 2), Map.entry("action", 2), Map.entry("special", 2), Map.entry("actual", 3),
                Map.entry("radio", 3), Map.entry("yes", 1), Map.entry("beyond", 2), Map.entry("OT", 1),
                Map.entry("ADHD", 1), Map.entry("2026", 1));
        words.forEach((word, syllables) -> assertEquals(syllables, Syllables.count(word), word));
    }
}
