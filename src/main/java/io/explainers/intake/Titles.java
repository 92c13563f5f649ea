package io.explainers.intake;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The page title and the address an article's title phrase gives. */
public final class Titles {

    /** Words that make a title phrase a question, so its title ends with "?". */
    static final Set<String> QUESTION_WORDS = Set.of("what", "how", "why", "when", "who", "which", "is", "are", "can", "does",
            "do",
            "should", "will");
    /** Spanish words that make a title phrase a question, which Spanish opens with "¿" and closes with "?". */
    static final Set<String> SPANISH_QUESTION_WORDS = Set.of("qué", "cómo", "cuándo", "dónde", "por", "cuál", "cuáles",
            "quién", "quiénes", "cuánto", "cuántos", "es", "son", "puede", "pueden", "debo", "debe");
    private static final int SLUG_MAX = 120;
    /** A word in capitals and small letters, with the punctuation around it: "Toddlers:", "(Otitis", "Hand,". */
    private static final Pattern CAPITALISED = Pattern.compile("(\\P{L}*)(\\p{Lu}\\p{Ll}+)(\\P{L}*)");
    /**
     * Words after which "A" is the article ("Does A Teenager Need", "Is It A Cold"); after any other word it stays the
     * letter it may be ("Vitamin A", "Group A Strep", "Hepatitis A Vaccine").
     */
    private static final Set<String> BEFORE_AN_ARTICLE = Set.of("is", "are", "was", "does", "do", "did", "can", "should",
            "will", "has", "have", "had", "need", "needs", "get", "gets", "make", "makes", "it", "this", "that", "there",
            "for", "of", "in", "on", "to", "with", "at", "by", "from", "as", "about", "after", "before", "during",
            "into", "like", "than", "when", "what", "how", "why", "and", "or", "be", "become", "becomes", "vs", "versus");

    private Titles() {
    }

    /**
     * The phrase in sentence case: its first letter capitalised, and a phrase written In Title Case brought down to
     * sentence case (acronyms such as ADHD stay as they are); with "?" when the phrase is a question (it starts with
     * what, how, why, when, who, which, is, are, can, does, do, should or will; "how to" starts a guide instead).
     */
    public static String title(String phrase) {
        String[] words = phrase.strip().split(" ");
        boolean titleCase = isTitleCase(words);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i == 0) {
                word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            } else if (titleCase) {
                word = inSentenceCase(word, words[i - 1]);
            }
            title.append(i == 0 ? "" : " ").append(word);
        }
        // "How to ..." names a guide, not a question: "How to calm toddler tantrums".
        boolean question = QUESTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                && !(words.length > 1 && words[0].equalsIgnoreCase("how") && words[1].equalsIgnoreCase("to"));
        if (words[0].startsWith("¿") || SPANISH_QUESTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                && !(words[0].equalsIgnoreCase("por") && !(words.length > 1 && words[1].equalsIgnoreCase("qué")))) {
            String body = title.toString().replaceFirst("^¿", "").replaceFirst("\\?$", "");
            return "¿" + body.substring(0, 1).toUpperCase(Locale.ROOT) + body.substring(1) + "?";
        }
        return question && !title.toString().endsWith("?") ? title + "?" : title.toString();
    }

    /**
     * A word of a phrase In Title Case as it is in a sentence: capitalised words in small letters, punctuation and all,
     * and "A" when it is the article. Acronyms (ADHD) and single capitals (Vitamin D) stay.
     */
    private static String inSentenceCase(String word, String previous) {
        if (word.equals("A")) {
            return BEFORE_AN_ARTICLE.contains(previous.replaceAll("\\P{L}+", "").toLowerCase(Locale.ROOT)) ? "a" : word;
        }
        // "School-Age", "2-Year-Old": each part as a word of its own ("COVID-19" keeps its acronym).
        return Arrays.stream(word.split("-", -1)).map(Titles::lowered).collect(Collectors.joining("-"));
    }

    private static String lowered(String word) {
        Matcher capitalised = CAPITALISED.matcher(word);
        return capitalised.matches()
                ? capitalised.group(1) + capitalised.group(2).toLowerCase(Locale.ROOT) + capitalised.group(3)
                : word;
    }

    /** "What Is ADHD In Kids": most words after the first are capitalised (acronyms do not count either way). */
    private static boolean isTitleCase(String[] words) {
        int counted = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            for (String part : words[i].split("-")) { // "School-Age" is two capitalised words
                String word = part.replaceAll("\\P{L}+", "");
                if (word.length() >= 2 && !word.equals(word.toUpperCase(Locale.ROOT))) {
                    counted++;
                    if (CAPITALISED.matcher(word).matches()) {
                        capitalised++;
                    }
                }
            }
        }
        return counted >= 2 && capitalised * 3 >= counted * 2;
    }

    /** Lowercase words of letters and digits joined by hyphens, accents dropped, at most 120 characters. */
    public static String slug(String phrase) {
        String plain = Normalizer.normalize(phrase, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() <= SLUG_MAX) {
            return plain;
        }
        String cut = plain.substring(0, SLUG_MAX);
        int hyphen = cut.lastIndexOf('-');
        return hyphen > 0 ? cut.substring(0, hyphen) : cut;
    }
}
