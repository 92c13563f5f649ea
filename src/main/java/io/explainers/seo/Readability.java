package io.explainers.seo;

import java.util.List;

/**
 * How easily a parent reads a text: the Flesch reading ease and Flesch–Kincaid grade level formulas, the share of long
 * sentences and the longest paragraph. A text is a list of blocks (paragraphs, bullets, answers); each block ends at
 * least one sentence.
 */
public record Readability(int words, int sentences, int syllables, int longSentences, int longestParagraphWords) {

    /** Sentences over this many words are hard to follow on a phone; Yoast uses the same limit. */
    public static final int LONG_SENTENCE_WORDS = 20;

    public static Readability of(List<String> blocks) {
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
                    syllables += Syllables.count(word);
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
