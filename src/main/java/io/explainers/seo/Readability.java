package io.explainers.seo;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How easily a parent reads a text: the Flesch reading ease and Flesch–Kincaid grade level formulas, the share of long
 * sentences and the longest paragraph. A text is a list of blocks (paragraphs, bullets, answers); each block ends at
 * least one sentence.
 */
public record Readability(int words, int sentences, int syllables, int longSentences, int longestParagraphWords) {

    /** Sentences over this many words are hard to follow on a phone; Yoast uses the same limit. */
    public static final int LONG_SENTENCE_WORDS = 20;

    public static Readability of(List<String> blocks) {
        return of(blocks, Syllables::count);
    }

    /** The same counts of a Spanish text, its syllables counted the Spanish way. */
    public static Readability ofSpanish(List<String> blocks) {
        return of(blocks, SpanishSyllables::count);
    }

    private static Readability of(List<String> blocks, ToIntFunction<String> syllableCount) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longSentences = 0;
        int longest = 0;
        for (String block : blocks) {
            longest = Math.max(longest, Text.wordCount(block));
            for (String sentence : Text.sentences(block)) {
                List<String> sentenceWords = Text.words(sentence);
                sentences++;
                words += sentenceWords.size();
                if (sentenceWords.size() > LONG_SENTENCE_WORDS) {
                    longSentences++;
                }
                for (String word : sentenceWords) {
                    syllables += syllableCount.applyAsInt(word);
                }
            }
        }
        return new Readability(words, sentences, syllables, longSentences, longest);
    }

    /** Flesch (1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier. */
    public static double fleschReadingEase(int words, int sentences, int syllables) {
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    /** Kincaid et al. (1975): 0.39 × words per sentence + 11.8 × syllables per word − 15.59, a US school grade. */
    public static double fleschKincaidGrade(int words, int sentences, int syllables) {
        return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    }

    /**
     * Fernández-Huerta (1959), Flesch's formula for Spanish, as corrected by Law (2011) so that it scales with the text:
     * 206.84 − 60 × syllables per word − 1.02 × words per sentence. Higher is easier, like Flesch's.
     */
    public static double fernandezHuerta(int words, int sentences, int syllables) {
        return 206.84 - 60 * ((double) syllables / words) - 1.02 * ((double) words / sentences);
    }

    /** Szigriszt-Pazos (1993) perspicuity: 206.835 − 62.3 × syllables per word − words per sentence. */
    public static double szigrisztPazos(int words, int sentences, int syllables) {
        return 206.835 - 62.3 * ((double) syllables / words) - (double) words / sentences;
    }

    /**
     * The INFLESZ scale (Barrio-Cantalejo, 2008) that reads a Szigriszt-Pazos perspicuity for today's readers:
     * under 40 "muy difícil", 40-55 "algo difícil", 55-65 "normal", 65-80 "bastante fácil", 80 and over "muy fácil".
     */
    public static String inflesz(double perspicuity) {
        if (perspicuity < 40) {
            return "muy difícil";
        }
        if (perspicuity < 55) {
            return "algo difícil";
        }
        if (perspicuity < 65) {
            return "normal";
        }
        if (perspicuity < 80) {
            return "bastante fácil";
        }
        return "muy fácil";
    }

    public double fernandezHuerta() {
        return words == 0 ? 0 : fernandezHuerta(words, sentences, syllables);
    }

    public double perspicuity() {
        return words == 0 ? 0 : szigrisztPazos(words, sentences, syllables);
    }

    public double readingEase() {
        return words == 0 ? 0 : fleschReadingEase(words, sentences, syllables);
    }

    public double gradeLevel() {
        return words == 0 ? 0 : fleschKincaidGrade(words, sentences, syllables);
    }

    public double longSentenceShare() {
        return sentences == 0 ? 0 : (double) longSentences / sentences;
    }
}
