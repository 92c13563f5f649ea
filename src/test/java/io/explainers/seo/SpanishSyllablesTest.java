package io.explainers.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Spanish syllables, each word divided by hand following the RAE's rules for diphthongs, hiatus and accents. */
class SpanishSyllablesTest {

    @Test
    void countsWordsDividedByHand() {
        Map<String, Integer> words = new LinkedHashMap<>();
        // plain words: one syllable a vowel
        words.put("es", 1); // es
        words.put("la", 1); // la
        words.put("niños", 2); // ni-ños
        words.put("actividades", 5); // ac-ti-vi-da-des
        words.put("habilidades", 5); // ha-bi-li-da-des (h is a consonant)
        // diphthongs: an unaccented i or u with another vowel is one syllable
        words.put("terapia", 3); // te-ra-pia
        words.put("ocupacional", 5); // o-cu-pa-cio-nal
        words.put("pediátrica", 4); // pe-diá-tri-ca: the accent on a falls on the diphthong
        words.put("ciudad", 2); // ciu-dad: two weak vowels
        words.put("cuidado", 3); // cui-da-do
        words.put("aire", 2); // ai-re
        words.put("huevo", 2); // hue-vo
        words.put("autorregulación", 6); // au-to-rre-gu-la-ción
        words.put("construir", 2); // cons-truir
        words.put("muy", 1); // muy: a final y is a vowel
        words.put("hoy", 1); // hoy
        words.put("y", 1); // y
        // triphthong: weak, strong, weak
        words.put("buey", 1); // buey
        words.put("Uruguay", 3); // U-ru-guay
        // hiatus: two strong vowels, or an accented i or u
        words.put("poeta", 3); // po-e-ta
        words.put("leer", 2); // le-er
        words.put("aéreo", 4); // a-é-re-o
        words.put("día", 2); // dí-a
        words.put("país", 2); // pa-ís
        words.put("maíz", 2); // ma-íz
        words.put("Raúl", 2); // Ra-úl
        words.put("oía", 3); // o-í-a
        words.put("frío", 2); // frí-o
        // silent u in que, qui, gue, gui; ü is said
        words.put("qué", 1); // qué
        words.put("quiero", 2); // quie-ro
        words.put("guitarra", 3); // gui-ta-rra
        words.put("pingüino", 3); // pin-güi-no
        words.put("agua", 2); // a-gua: gu before a is said
        // y before a vowel is a consonant
        words.put("ayuda", 3); // a-yu-da
        words.put("2026", 1);
        words.forEach((word, syllables) -> assertEquals(syllables, SpanishSyllables.count(word), word));
    }
}
