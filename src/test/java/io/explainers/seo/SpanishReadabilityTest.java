package io.explainers.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Spanish readability and focus phrases, against numbers worked out by hand. */
class SpanishReadabilityTest {

    @Test
    void countsAShortTextByHand() {
        // "El niño juega. La terapia ayuda mucho."
        // el(1) ni-ño(2) jue-ga(2) | la(1) te-ra-pia(3) a-yu-da(3) mu-cho(2): 7 words, 2 sentences, 14 syllables.
        Readability r = Readability.ofSpanish(List.of("El niño juega. La terapia ayuda mucho."));
        assertEquals(7, r.words());
        assertEquals(2, r.sentences());
        assertEquals(14, r.syllables());
        // Fernández-Huerta: 206.84 − 60 × 14/7 − 1.02 × 7/2 = 206.84 − 120 − 3.57 = 83.27
        assertEquals(83.27, r.fernandezHuerta(), 0.005);
        // Szigriszt-Pazos: 206.835 − 62.3 × 14/7 − 7/2 = 206.835 − 124.6 − 3.5 = 78.735: "bastante fácil"
        assertEquals(78.735, r.perspicuity(), 0.0005);
        assertEquals("bastante fácil", Readability.inflesz(r.perspicuity()));
    }

    @Test
    void questionsThatOpenWithAnInvertedMarkStartASentence() {
        assertEquals(2, Text.sentences("Es juego. ¿Dónde se hace?").size());
        assertEquals(2, Text.sentences("Es juego. ¡Muy bien!").size());
    }

    @Test
    void infleszBands() {
        assertEquals("muy difícil", Readability.inflesz(39.9));
        assertEquals("algo difícil", Readability.inflesz(40));
        assertEquals("algo difícil", Readability.inflesz(54.9));
        assertEquals("normal", Readability.inflesz(55));
        assertEquals("normal", Readability.inflesz(64.9));
        assertEquals("bastante fácil", Readability.inflesz(65));
        assertEquals("bastante fácil", Readability.inflesz(79.9));
        assertEquals("muy fácil", Readability.inflesz(80));
    }

    @Test
    void spanishFocusPhrasesMatchOtherFormsAndIgnoreFunctionWords() {
        FocusPhrase phrase = FocusPhrase.of("qué es la terapia ocupacional para niños", WordForms.SPANISH);
        assertEquals(3, phrase.contentStems().size(), phrase.contentStems().toString());
        assertTrue(phrase.startsTitle("¿Qué es la terapia ocupacional para niños?"));
        // plural and gender: terapias, niñas; function words and their order do not matter
        assertTrue(phrase.inOneSentenceOf("Las niñas y los niños van a terapias ocupacionales."));
        assertTrue(phrase.inOneSentenceOf("La terapia ocupacional ayuda a cada niña."));
        assertFalse(phrase.inOneSentenceOf("La terapia ayuda. Es ocupacional. Para niños."));
        assertTrue(phrase.coveredBy("La terapia ayuda. Es ocupacional. Para niños."));
        assertFalse(phrase.inOneSentenceOf("La terapia física para niños."));
        // the slug has no accents or ñ, and still is the phrase's words
        assertTrue(phrase.slugMadeOfPhrase("que-es-la-terapia-ocupacional-para-ninos"));
        assertFalse(phrase.slugMadeOfPhrase("que-es-la-terapia-ocupacional-para-ninos-pequenos"));
        assertTrue(phrase.hasWordsOfSlug("terapia-ocupacional-ninos"));

        // The same phrase read as English would count "la", "es" and "para" as content words.
        assertFalse(FocusPhrase.of("qué es la terapia ocupacional para niños")
                .inOneSentenceOf("Las niñas y los niños van a terapias ocupacionales."));
    }

    @Test
    void spanishWordForms() {
        assertEquals(WordForms.stem("niño", WordForms.SPANISH), WordForms.stem("niñas", WordForms.SPANISH));
        assertEquals(WordForms.stem("actividad", WordForms.SPANISH), WordForms.stem("actividades", WordForms.SPANISH));
        assertEquals(WordForms.stem("luz", WordForms.SPANISH), WordForms.stem("luces", WordForms.SPANISH));
        assertEquals(WordForms.stem("padre", WordForms.SPANISH), WordForms.stem("padres", WordForms.SPANISH));
        assertEquals(WordForms.stem("terapia", WordForms.SPANISH), WordForms.stem("terapias", WordForms.SPANISH));
        assertTrue(FunctionWords.isFunctionWord("Qué", WordForms.SPANISH));
        assertFalse(FunctionWords.isFunctionWord("terapia", WordForms.SPANISH));
    }
}
