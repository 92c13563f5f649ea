package io.explainers.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading time's word count is counted by hand; it must count what splitting on {@code \s+} counted. */
class WordCountTest {

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "one", "  two words  ", "tab\tand\nline\r\nbreaks", "a\u000Bb\fc",
            "no\u00A0break\u00A0spaces", "\u2003em spaces at the ends\u2003", "a \u2003 b", "‘Curly’ — quotes – and dashes…",
            "Sensory processing: how kids take in sights, sounds, touch, and movement." })
    void countsTheRunsBetweenWhitespaceAsSplittingDid(String text) {
        String stripped = text.strip();
        int split = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        assertEquals(split, TopicView.words(text), "words in [" + text + "]");
    }
}
