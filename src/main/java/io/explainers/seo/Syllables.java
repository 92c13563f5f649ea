package io.explainers.seo;

import java.util.Locale;

/**
 * Counts the syllables of an English word by its spelling: groups of vowels, less a silent final e, -es or -ed, plus
 * the vowel pairs that are usually said as two (pediatric, reptilian, actual). Readability formulas only need counts
 * that are right on average; this is the rule-of-thumb counter readability tools use, not a pronouncing dictionary.
 */
public final class Syllables {

    private Syllables() {
    }

    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            // A number or a symbol: read as one short word.
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        groups -= silentEnding(w);
        groups += hiatus(w);
        return Math.max(1, groups);
    }

    /** A vowel letter; y is one except at the start of a word or before a vowel (yes, beyond). */
    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return true;
        }
        return c == 'y' && i > 0 && (i + 1 == w.length() || "aeiou".indexOf(w.charAt(i + 1)) < 0);
    }

    private static int silentEnding(String w) {
        int n = w.length();
        char beforeLast = w.charAt(n - 2);
        if (w.endsWith("e") && !isVowel(w, n - 2)) {
            // table, little: a consonant and -le is a syllable of its own.
            boolean syllabicLe = beforeLast == 'l' && n > 3 && !isVowel(w, n - 3);
            return syllabicLe ? 0 : 1;
        }
        if ((w.endsWith("es") || w.endsWith("ed")) && n > 3 && !isVowel(w, n - 3)) {
            char stem = w.charAt(n - 3);
            if (w.endsWith("ed")) {
                return stem == 't' || stem == 'd' ? 0 : 1; // wanted, needed are two; played, helped one
            }
            // boxes, buses, bridges, places, wishes, watches are two; makes, tables one.
            boolean sibilant = "sxzcg".indexOf(stem) >= 0 || w.endsWith("ches") || w.endsWith("shes");
            boolean syllabicLe = stem == 'l' && n > 4 && !isVowel(w, n - 4);
            return sibilant || syllabicLe ? 0 : 1;
        }
        return 0;
    }

    private static int hiatus(String w) {
        int extra = 0;
        for (int i = 0; i + 1 < w.length(); i++) {
            String pair = w.substring(i, i + 2);
            switch (pair) {
                case "ia" -> {
                    // -cial, -tial and -cian are one syllable (special, partial, musician).
                    boolean soft = i > 0 && (w.charAt(i - 1) == 'c' || w.charAt(i - 1) == 't');
                    extra += soft ? 0 : 1;
                }
                case "io" -> {
                    // -tion, -sion, -cious, -tious are one (action, vision, delicious); radio, period are two.
                    boolean soft = i > 0 && "tcsx".indexOf(w.charAt(i - 1)) >= 0;
                    extra += soft ? 0 : 1;
                }
                case "eo", "iu", "uo", "ii" -> extra++;
                case "ua" -> extra += i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g') ? 0 : 1; // actual, but quality
                case "ue" -> extra += i > 0 && i + 2 < w.length() && "nl".indexOf(w.charAt(i + 2)) >= 0 ? 1 : 0; // fuel, influence
                default -> {
                }
            }
        }
        return extra;
    }
}
