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

    /** Spanish articles, pronouns, prepositions, conjunctions, question words and the commonest verbs, without accents. */
    private static final Set<String> SPANISH = Set.of(
            "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "yo", "tu", "ella", "ello",
            "nosotros", "nosotras", "ellos", "ellas", "usted", "ustedes", "me", "te", "se", "nos", "le", "les", "mi",
            "mis", "su", "sus", "tus", "nuestro", "nuestra", "este", "esta", "estos", "estas", "ese", "esa", "esos",
            "esas", "esto", "eso", "que", "quien", "quienes", "cual", "cuales", "como", "cuando", "donde", "cuanto",
            "cuanta", "es", "son", "ser", "era", "fue", "estan", "estar", "hay", "ha", "han", "he", "puede", "pueden",
            "a", "ante", "con", "contra", "de", "desde", "en", "entre", "hacia", "hasta", "para", "por", "segun",
            "sin", "sobre", "tras", "y", "e", "o", "u", "ni", "pero", "si", "no", "muy", "mas", "menos", "tambien",
            "ya", "todo", "toda", "todos", "todas", "algo", "alguno", "alguna");

    private FunctionWords() {
    }

    public static boolean isFunctionWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** A function word of {@code language}; Spanish ones whatever their accents (qué, que). */
    public static boolean isFunctionWord(String word, String language) {
        return WordForms.SPANISH.equals(language) ? SPANISH.contains(WordForms.withoutAccents(word)) : isFunctionWord(word);
    }
}
