package io.explainers.seo;

import java.util.Locale;

/**
 * Counts the syllables of a Spanish word by its spelling, which in Spanish says how a word is said: every vowel group
 * is one syllable unless it is a hiatus. Two strong vowels (a, e, o, or any accented vowel) are two syllables (po-e-ta,
 * a-é-re-o); an accented í or ú never joins its neighbours (dí-a, pa-ís, o-í-a); an unaccented i or u (and ü, and a
 * final y) joins the vowels beside it into a diphthong or triphthong (cien, ciu-dad, buey). The u of que, qui, gue and
 * gui is not said (gui-ta-rra); h is a consonant (hue-vo).
 */
public final class SpanishSyllables {

    private SpanishSyllables() {
    }

    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-záéíóúüñ]", "");
        if (w.isEmpty()) {
            return 1; // a number or a symbol: read as one short word
        }
        int syllables = 0;
        char previous = 0; // the previous vowel of the current vowel group, 0 outside one
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isVowel(w, i)) {
                previous = 0;
                continue;
            }
            if (previous == 0 || !joins(previous, c)) {
                syllables++;
            }
            previous = c;
        }
        return Math.max(1, syllables);
    }

    /** Whether two neighbouring vowels are said in one syllable: unless both are strong, one weak and unaccented. */
    private static boolean joins(char first, char second) {
        return !(isStrong(first) && isStrong(second)) && (isWeak(first) || isWeak(second));
    }

    /** a, e, o and every accented vowel: the accent on í or ú makes it the syllable's own. */
    private static boolean isStrong(char c) {
        return "aeoáéíóú".indexOf(c) >= 0;
    }

    private static boolean isWeak(char c) {
        return "iuüy".indexOf(c) >= 0;
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'u' && i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g') && i + 1 < w.length()
                && "eiéí".indexOf(w.charAt(i + 1)) >= 0) {
            return false; // que, qui, gue, gui: the u only spells the consonant
        }
        if (c == 'y') {
            // A vowel at the end of a word after a vowel (muy, hoy, rey) or alone (y); a consonant elsewhere (ayuda).
            return w.length() == 1 || (i + 1 == w.length() && i > 0 && "aeiouáéíóú".indexOf(w.charAt(i - 1)) >= 0);
        }
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }
}
