package io.explainers.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Flesch formulas against worked examples, first from counts, then from text through the counters. */
class ReadabilityTest {

    @Test
    void formulasFromCounts() {
        // 100 words in 5 sentences with 130 syllables: 206.835 − 1.015 × 20 − 84.6 × 1.3 = 76.555.
        assertEquals(76.555, Readability.fleschReadingEase(100, 5, 130), 1e-9);
        // 0.39 × 20 + 11.8 × 1.3 − 15.59 = 7.55.
        assertEquals(7.55, Readability.fleschKincaidGrade(100, 5, 130), 1e-9);
        // One-syllable words in short sentences can score above 100 and below grade 0; the formulas do not clamp.
        assertEquals(116.145, Readability.fleschReadingEase(6, 1, 6), 1e-9);
        assertEquals(-1.45, Readability.fleschKincaidGrade(6, 1, 6), 1e-9);
    }

    @Test
    void theCatSatOnTheMat() {
        Readability r = Readability.of(List.of("The cat sat on the mat."));
        assertEquals(6, r.words());
        assertEquals(1, r.sentences());
        assertEquals(6, r.syllables());
        assertEquals(116.1, r.readingEase(), 0.05);
        assertEquals(-1.45, r.gradeLevel(), 1e-9);
    }

    @Test
    void aHardSentence() {
        // The 1, Aus-tra-li-an 4, plat-y-pus 3, is 1, seem-ing-ly 3, a 1, hy-brid 2, of 1, a 1, mam-mal 2, and 1,
        // rep-til-i-an 4, crea-ture 2: 13 words, 26 syllables, by hand.
        Readability r = Readability.of(List.of(
                "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature."));
        assertEquals(13, r.words());
        assertEquals(1, r.sentences());
        assertEquals(26, r.syllables());
        // 206.835 − 1.015 × 13 − 84.6 × 2 = 24.44; 0.39 × 13 + 11.8 × 2 − 15.59 = 13.08.
        assertEquals(24.44, r.readingEase(), 1e-9);
        assertEquals(13.08, r.gradeLevel(), 1e-9);
    }

    @Test
    void twoSentencesOfTwoBlocks() {
        // "Kids love to play." 4 words, 4 syllables; "Therapy helps them learn new skills every day." 8 words,
        // ther-a-py 3 + helps 1 + them 1 + learn 1 + new 1 + skills 1 + ev-er-y 3 + day 1 = 12 syllables.
        Readability r = Readability.of(List.of("Kids love to play.", "Therapy helps them learn new skills every day."));
        assertEquals(12, r.words());
        assertEquals(2, r.sentences());
        assertEquals(16, r.syllables());
        // 206.835 − 1.015 × 6 − 84.6 × 16/12 = 87.945; 0.39 × 6 + 11.8 × 16/12 − 15.59 = 2.4833…
        assertEquals(87.945, r.readingEase(), 1e-9);
        assertEquals(2.48333, r.gradeLevel(), 1e-5);
    }

    @Test
    void longSentencesAndParagraphs() {
        String longOne = "This sentence has far more than twenty words in it because it keeps going on and on about "
                + "many different things that a parent might want to know today.";
        Readability r = Readability.of(List.of("Short one. Another short one.", longOne, "A bullet without a stop"));
        assertEquals(4, r.sentences());
        assertEquals(1, r.longSentences());
        assertEquals(0.25, r.longSentenceShare(), 1e-9);
        assertEquals(Text.wordCount(longOne), r.longestParagraphWords());
    }
}
