package io.explainers.seo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The phrase a topic should be found by, and where it counts as present. At the start of the title it must stand as
 * written; anywhere else its content words must occur in one sentence, in any order and any common form, which is how
 * Yoast SEO matches a keyphrase.
 */
public record FocusPhrase(String phrase, String normalised, Set<String> contentStems, String language) {

    public static FocusPhrase of(String phrase) {
        return of(phrase, "en");
    }

    /** A focus phrase in the language {@code language} (a code): its function words and word forms are that language's. */
    public static FocusPhrase of(String phrase, String language) {
        List<String> words = Text.words(phrase);
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words) {
            if (!FunctionWords.isFunctionWord(word, language)) {
                stems.add(WordForms.stem(word, language));
            }
        }
        if (stems.isEmpty()) {
            // A phrase of function words only ("how to") is matched by all of them.
            words.forEach(word -> stems.add(WordForms.stem(word, language)));
        }
        return new FocusPhrase(phrase, Text.normalise(phrase), Set.copyOf(stems), language);
    }

    public boolean startsTitle(String title) {
        String t = Text.normalise(title);
        return !normalised.isEmpty() && (t.equals(normalised) || t.startsWith(normalised + " "));
    }

    /** Whether one sentence of {@code text} holds every content word of the phrase. */
    public boolean inOneSentenceOf(String text) {
        return Text.sentences(text).stream().anyMatch(this::coveredBy);
    }

    /** Whether {@code text} as a whole holds every content word, even if spread over sentences. */
    public boolean coveredBy(String text) {
        Set<String> stems = new java.util.HashSet<>();
        Text.words(text).forEach(word -> stems.add(WordForms.stem(word, language)));
        return !contentStems.isEmpty() && stems.containsAll(contentStems);
    }

    public boolean hasWordsOfSlug(String slug) {
        return coveredBy(slug.replace('-', ' '));
    }

    /** Whether every word of the slug is a word of the phrase: the slug says nothing the phrase does not. */
    public boolean slugMadeOfPhrase(String slug) {
        Set<String> phraseStems = new java.util.HashSet<>();
        Text.words(phrase).forEach(word -> phraseStems.add(WordForms.stem(word, language)));
        return hasWordsOfSlug(slug) && Text.words(slug.replace('-', ' ')).stream()
                .map(word -> WordForms.stem(word, language)).allMatch(phraseStems::contains);
    }
}
