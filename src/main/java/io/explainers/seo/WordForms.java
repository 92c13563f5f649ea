package io.explainers.seo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small stemmer for the word forms an explainer uses: plurals, possessives, -ing and -ed (kid/kids, therapy/therapies,
 * help/helps/helping/helped, child/children). Two forms of a word get the same stem; that is all the focus-phrase
 * checks need, so it is far simpler than a full Porter stemmer and never has to produce a real word.
 */
public final class WordForms {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("children", "child"), Map.entry("people", "person"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"), Map.entry("geese", "goose"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("halves", "half"));

    // Words that end like a plural or a participle but are not one.
    private static final Set<String> KEEP = Set.of("is", "was", "has", "his", "this", "its", "us", "bus", "plus", "thus",
            "yes", "gas", "news", "series", "species", "analysis", "diagnosis", "autism", "bed", "red", "need", "feed",
            "seed", "speed", "bring", "thing", "sing", "ring", "king", "during", "nothing", "something", "everything");

    private WordForms() {
    }

    /**
     * The language code of Spanish editions. The checklist takes languages as their codes (a topic's
     * {@code languageCode()}): it is pure, and depends on the content alone.
     */
    public static final String SPANISH = "es";

    /** The stem of a word of the language {@code language} (a code such as {@code es}). */
    public static String stem(String word, String language) {
        return SPANISH.equals(language) ? spanishStem(word) : stem(word);
    }

    /**
     * A Spanish stem: without accents (the slug has none: niños, ninos), plural and gender endings, so niño, niña,
     * niños and niñas, terapia and terapias, actividad and actividades, luz and luces each share one.
     */
    static String spanishStem(String word) {
        String w = withoutAccents(word);
        if (w.length() > 4 && w.endsWith("ces")) {
            w = w.substring(0, w.length() - 3) + "z";
        } else if (w.length() > 4 && w.endsWith("es") && "lrndzjs".indexOf(w.charAt(w.length() - 3)) >= 0) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && (w.endsWith("o") || w.endsWith("a") || w.endsWith("e"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Lower case without diacritics: qué is que, niño is nino. */
    static String withoutAccents(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s'")) {
            w = w.substring(0, w.length() - 1);
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (KEEP.contains(w) || w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        }
        // make/making/made aside, a final silent e is the one difference left between a base and its -ing/-ed form.
        if (w.endsWith("e") && w.length() > 3 && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0 && !isVowel(w.charAt(n - 1))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
