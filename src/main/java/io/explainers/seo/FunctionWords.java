package io.explainers.seo;

import java.util.Locale;
import java.util.Set;

/**
 * Words that carry grammar rather than meaning. A focus phrase is matched by its other words (its content words), so
 * "what is occupational therapy for kids" is found in "occupational therapy helps kids".
 */
public final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
            "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
            "can", "could", "will", "would", "shall", "should", "may", "might", "must",
            "for", "of", "to", "in", "on", "at", "by", "with", "from", "about", "into", "as", "than", "up", "out",
            "and", "or", "but", "if", "so", "not", "no", "nor", "vs", "versus",
            "some", "any", "all", "more", "most", "very", "just", "also", "too");

    private FunctionWords() {
    }

    public static boolean isFunctionWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
}
