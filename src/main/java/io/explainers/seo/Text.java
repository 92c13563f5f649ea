package io.explainers.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and sentences of plain text, the units every check and formula counts in. */
public final class Text {

    // Hyphenated words and contractions are one word, as a reader (and Yoast) counts them.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-‑][\\p{L}\\p{N}]+)*");
    // A sentence ends at . ! ? (or an ellipsis) followed by a space and something that can start a sentence; "e.g.,"
    // and "3.5" do not end one.
    // A Spanish question or exclamation opens with ¿ or ¡.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"”’)]*\\s+(?=[\"“‘(¿¡]*[\\p{Lu}\\p{N}])");

    private Text() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    public static int wordCount(String text) {
        return words(text).size();
    }

    /** The sentences of one block of text (a paragraph, a bullet): a block without a final full stop is still one. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!words(sentence).isEmpty()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** Lower case with every run of non-word characters folded to one space: how titles and slugs are compared. */
    public static String normalise(String text) {
        return String.join(" ", words(text == null ? "" : text.toLowerCase(Locale.ROOT).replace('‑', '-'))
                .stream().map(word -> word.replace('’', '\'')).toList());
    }
}
