package io.explainers.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Focus-phrase matching the way Yoast SEO does it: content words, one sentence, any order, any common form. */
class FocusPhraseTest {

    final FocusPhrase ot = FocusPhrase.of("what is occupational therapy for kids");

    @Test
    void matchesByContentWordsIgnoringFunctionWords() {
        assertEquals(Set.of("occupational", "therapy", "kid"), ot.contentStems());
        assertTrue(ot.inOneSentenceOf("Occupational therapy helps kids."));
        assertTrue(ot.inOneSentenceOf("For a kid, occupational therapy is play."), "singular and any order");
        assertTrue(ot.inOneSentenceOf("Kids' occupational therapies differ."), "possessive and plural");
        assertFalse(ot.inOneSentenceOf("Occupational therapy helps. Kids like it."), "two sentences");
        assertTrue(ot.coveredBy("Occupational therapy helps. Kids like it."));
        assertFalse(ot.inOneSentenceOf("Physical therapy for kids."));
    }

    @Test
    void wordFormsShareAStem() {
        for (List<String> forms : List.of(List.of("kid", "kids", "kid's"), List.of("therapy", "therapies"),
                List.of("help", "helps", "helping", "helped"), List.of("child", "children"), List.of("box", "boxes"),
                List.of("make", "makes", "making"), List.of("run", "running"), List.of("stop", "stopped"),
                List.of("skill", "skills"), List.of("study", "studies", "studied"))) {
            for (String form : forms) {
                assertEquals(WordForms.stem(forms.get(0)), WordForms.stem(form), form);
            }
        }
        for (String word : List.of("is", "this", "analysis", "autism", "need", "bring", "class")) {
            assertEquals(word.equals("class") ? "class" : word, WordForms.stem(word), word);
        }
    }

    @Test
    void titleMustStartWithThePhraseAsWritten() {
        assertTrue(ot.startsTitle("What is occupational therapy for kids?"));
        assertTrue(ot.startsTitle("What Is Occupational Therapy for Kids: a guide"));
        assertFalse(ot.startsTitle("Occupational therapy for kids: what is it?"));
        assertFalse(ot.startsTitle("What is occupational therapy for kidsy"));
    }

    @Test
    void slugMadeOfThePhrasesWords() {
        assertTrue(ot.slugMadeOfPhrase("what-is-occupational-therapy-for-kids"));
        assertTrue(ot.slugMadeOfPhrase("occupational-therapy-kids"));
        assertFalse(ot.slugMadeOfPhrase("occupational-therapy-for-kids-guide"));
        assertTrue(ot.hasWordsOfSlug("occupational-therapy-for-kids-guide"));
        assertFalse(ot.hasWordsOfSlug("therapy-for-kids"));
    }

    @Test
    void splitsSentencesButNotAbbreviationsOrNumbers() {
        assertEquals(List.of("Kids play.", "They learn!", "Why?"), Text.sentences("Kids play. They learn! Why?"));
        assertEquals(1, Text.sentences("Skills (e.g., holding a pencil) improve by 3.5 points.").size());
        assertEquals(List.of("child-centered", "child’s", "OT"), Text.words("child-centered child’s OT"));
    }
}
