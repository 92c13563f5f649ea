package io.explainers.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.explainers.content.TopicView;

/**
 * The editor's checklist for one topic: SEO checks and readability for parents, each {@code good}, {@code improve} or
 * {@code problem} with a message that says what to do. Pure functions of the page's content.
 */
public record Analysis(String focusPhrase, List<Check> seo, List<Check> readability, Scores scores) {

    public static final int META_DESCRIPTION_MIN = 120;
    public static final int META_DESCRIPTION_MAX = 156;
    public static final int MIN_BODY_WORDS = 300;
    public static final double TARGET_GRADE = 8;
    public static final double MAX_LONG_SENTENCE_SHARE = 0.25;
    public static final int MAX_PARAGRAPH_WORDS = 150;

    /** Szigriszt-Pazos perspicuity at or above this is "bastante fácil" on the INFLESZ scale: right for parents. */
    public static final double TARGET_PERSPICUITY = 65;

    /**
     * The numbers behind the readability checks, rounded to one decimal. For a Spanish edition, {@code readingEase} is
     * Fernández-Huerta's, {@code gradeLevel} is not computed (0: it is a US school grade for English), and
     * {@code perspicuity} and {@code inflesz} are Szigriszt-Pazos's and the INFLESZ scale's; both are null for English.
     */
    public record Scores(double readingEase, double gradeLevel, double longSentencePercent, int longestParagraphWords,
            int bodyWords, int sentences, int words, int syllables, Double perspicuity, String inflesz) {
    }

    public static Analysis of(PageContent page) {
        boolean spanish = WordForms.SPANISH.equals(page.topic().languageCode());
        FocusPhrase focus = FocusPhrase.of(page.topic().focusPhrase(), page.topic().languageCode());
        List<Check> seo = List.of(
                titleStart(page, focus),
                introduction(page, focus),
                subheading(page, focus),
                metaDescriptionPhrase(page, focus),
                metaDescriptionLength(page),
                slug(page, focus),
                bodyLength(page),
                singleH1(page),
                faq(page),
                structuredData(page));
        if (spanish) {
            Readability r = Readability.ofSpanish(page.readingBlocks());
            List<Check> readability = List.of(fernandezHuerta(r), perspicuity(r), longSentences(r), longestParagraph(r));
            Scores scores = new Scores(round(r.fernandezHuerta()), 0, round(100 * r.longSentenceShare()),
                    r.longestParagraphWords(), page.bodyWords(), r.sentences(), r.words(), r.syllables(),
                    round(r.perspicuity()), Readability.inflesz(r.perspicuity()));
            return new Analysis(page.topic().focusPhrase(), seo, readability, scores);
        }
        Readability r = Readability.of(page.readingBlocks());
        List<Check> readability = List.of(readingEase(r), gradeLevel(r), longSentences(r), longestParagraph(r));
        Scores scores = new Scores(round(r.readingEase()), round(r.gradeLevel()), round(100 * r.longSentenceShare()),
                r.longestParagraphWords(), page.bodyWords(), r.sentences(), r.words(), r.syllables(), null, null);
        return new Analysis(page.topic().focusPhrase(), seo, readability, scores);
    }

    static Check titleStart(PageContent page, FocusPhrase focus) {
        String id = "focus-phrase-in-title";
        if (focus.startsTitle(page.topic().title())) {
            return Check.good(id, "The title starts with the focus phrase.");
        }
        if (focus.coveredBy(page.topic().title())) {
            return Check.improve(id, "The title has the focus phrase's words, but not at its start: begin the title with \""
                    + page.topic().focusPhrase() + "\".");
        }
        return Check.problem(id,
                "The title does not have the focus phrase: begin it with \"" + page.topic().focusPhrase() + "\".");
    }

    static Check introduction(PageContent page, FocusPhrase focus) {
        String id = "focus-phrase-in-introduction";
        String first = page.topic().introParagraphs().isEmpty() ? "" : page.topic().introParagraphs().get(0);
        if (focus.inOneSentenceOf(first)) {
            return Check.good(id, "The first paragraph has the focus phrase.");
        }
        if (focus.coveredBy(first)) {
            return Check.improve(id, "The first paragraph has the focus phrase's words, but spread over sentences: "
                    + "say them together in one sentence.");
        }
        return Check.problem(id, "The first paragraph does not have the focus phrase: say what the page is about at once.");
    }

    static Check subheading(PageContent page, FocusPhrase focus) {
        String id = "focus-phrase-in-subheading";
        List<String> headings = page.subheadings();
        if (headings.stream().anyMatch(focus::inOneSentenceOf)) {
            return Check.good(id, "A subheading (h2) has the focus phrase.");
        }
        if (headings.isEmpty()) {
            return Check.problem(id,
                    "The page has no subheadings: break the text into sections and name one after the focus phrase.");
        }
        return Check.problem(id, "No subheading (h2) has the focus phrase: use it in the heading of one section.");
    }

    static Check metaDescriptionPhrase(PageContent page, FocusPhrase focus) {
        String id = "focus-phrase-in-meta-description";
        if (focus.inOneSentenceOf(page.topic().metaDescription())) {
            return Check.good(id, "The meta description has the focus phrase.");
        }
        return Check.problem(id,
                "The meta description does not have the focus phrase: search results show it in bold when it does.");
    }

    static Check metaDescriptionLength(PageContent page) {
        String id = "meta-description-length";
        int length = page.topic().metaDescription() == null ? 0 : page.topic().metaDescription().length();
        if (length >= META_DESCRIPTION_MIN && length <= META_DESCRIPTION_MAX) {
            return Check.good(id,
                    "The meta description is " + length + " characters: long enough to inform, short enough to show whole.");
        }
        if (length == 0) {
            return Check.problem(id, "There is no meta description: search engines will pick some text of their own.");
        }
        if (length < META_DESCRIPTION_MIN) {
            return Check.improve(id, "The meta description is " + length + " characters: use the space, " + META_DESCRIPTION_MIN
                    + " to " + META_DESCRIPTION_MAX + " characters is best.");
        }
        return Check.improve(id, "The meta description is " + length + " characters: search results may cut it after "
                + META_DESCRIPTION_MAX + ".");
    }

    static Check slug(PageContent page, FocusPhrase focus) {
        String id = "slug";
        if (focus.slugMadeOfPhrase(page.topic().slug())) {
            return Check.good(id, "The address is made of the focus phrase's words.");
        }
        if (focus.hasWordsOfSlug(page.topic().slug())) {
            return Check.improve(id, "The address has the focus phrase's words and some others: keep only the phrase's words.");
        }
        return Check.problem(id, "The address does not have the focus phrase's words: make it from them, for example \""
                + Text.normalise(page.topic().focusPhrase()).replace(' ', '-') + "\".");
    }

    static Check bodyLength(PageContent page) {
        String id = "body-length";
        int words = page.bodyWords();
        if (words >= MIN_BODY_WORDS) {
            return Check.good(id, "The text has " + words + " words: enough to answer the question well.");
        }
        if (words >= 200) {
            return Check.improve(id, "The text has " + words + " words: add a little more, at least " + MIN_BODY_WORDS + ".");
        }
        return Check.problem(id, "The text has only " + words + " words: pages under " + MIN_BODY_WORDS
                + " words rarely rank; add more helpful detail.");
    }

    static Check singleH1(PageContent page) {
        String id = "single-h1";
        int h1s = page.renderedH1s().size();
        if (h1s == 1) {
            return Check.good(id, "The page has exactly one main heading (h1), its title.");
        }
        return Check.problem(id, "The page has " + h1s + " main headings (h1): it should have exactly one, its title.");
    }

    static Check faq(PageContent page) {
        String id = "faq";
        if (page.topic().faq().isEmpty()) {
            return Check.improve(id, "There is no FAQ: a few short questions and answers help parents and search engines.");
        }
        long empty = page.topic().faq().stream().filter(entry -> entry.answer() == null || entry.answer().isBlank()).count();
        if (empty > 0) {
            return Check.problem(id, empty + " FAQ question(s) have no answer.");
        }
        return Check.good(id, "The FAQ has " + page.topic().faq().size() + " questions, each answered.");
    }

    /** The structured data must say what the page says: search engines distrust (and may penalise) markup that does not. */
    static Check structuredData(PageContent page) {
        String id = "structured-data";
        JsonNode node = page.structuredDataPage();
        if (node == null) {
            return Check.problem(id, "The page has no structured data for the article.");
        }
        List<String> differences = new ArrayList<>();
        String h1 = page.renderedH1s().isEmpty() ? null : page.renderedH1s().get(0);
        compare(differences, "headline", node.path("headline").asText(null), h1, "the page's h1");
        compare(differences, "name", node.path("name").asText(null), page.topic().title(), "the title");
        compare(differences, "description", node.path("description").asText(null), page.renderedMetaDescription(),
                "the page's meta description");
        compare(differences, "description", node.path("description").asText(null), page.topic().metaDescription(),
                "the meta description");
        String url = node.path("url").asText("");
        if (!url.endsWith(page.topic().path())) {
            differences.add("its url is not the page's address");
        }
        JsonNode questions = node.path("mainEntity");
        if (questions.size() != page.topic().faq().size()) {
            differences.add("it has " + questions.size() + " questions, the page " + page.topic().faq().size());
        } else {
            for (int i = 0; i < questions.size(); i++) {
                TopicView.FaqView entry = page.topic().faq().get(i);
                compare(differences, "question " + (i + 1), questions.get(i).path("name").asText(null), entry.question(),
                        "the FAQ");
                compare(differences, "answer " + (i + 1), questions.get(i).path("acceptedAnswer").path("text").asText(null),
                        entry.answer(), "the FAQ");
            }
        }
        if (differences.isEmpty()) {
            return Check.good(id, "The structured data matches the page: title, description, address and every FAQ entry.");
        }
        return Check.problem(id, "The structured data does not match the page: " + String.join("; ", differences) + ".");
    }

    private static void compare(List<String> differences, String what, String inData, String onPage, String where) {
        if (!Objects.equals(inData, onPage)) {
            differences.add("its " + what + " differs from " + where);
        }
    }

    static Check readingEase(Readability r) {
        String id = "reading-ease";
        String score = one(r.readingEase());
        if (r.readingEase() >= 60) {
            return Check.good(id, "Flesch reading ease " + score + ": plain English most parents read easily.");
        }
        if (r.readingEase() >= 30) {
            return Check.improve(id, "Flesch reading ease " + score + ": fairly hard to read; aim for 60 or more with shorter "
                    + "sentences and everyday words.");
        }
        return Check.problem(id,
                "Flesch reading ease " + score + ": very hard to read; use much shorter sentences and simpler words.");
    }

    /** Fernández-Huerta reading ease of a Spanish text: 60 and over is "normal" or easier for an adult. */
    static Check fernandezHuerta(Readability r) {
        String id = "reading-ease";
        String score = one(r.fernandezHuerta());
        if (r.fernandezHuerta() >= 70) {
            return Check.good(id, "Fernández-Huerta reading ease " + score + ": plain Spanish most parents read easily.");
        }
        if (r.fernandezHuerta() >= 50) {
            return Check.improve(id, "Fernández-Huerta reading ease " + score + ": aim for 70 or more with shorter "
                    + "sentences and everyday words.");
        }
        return Check.problem(id, "Fernández-Huerta reading ease " + score
                + ": hard to read; use much shorter sentences and simpler words.");
    }

    /** Szigriszt-Pazos perspicuity read on the INFLESZ scale: "bastante fácil" (65) or easier for parents. */
    static Check perspicuity(Readability r) {
        String id = "perspicuity";
        String score = one(r.perspicuity());
        String scale = Readability.inflesz(r.perspicuity());
        if (r.perspicuity() >= TARGET_PERSPICUITY) {
            return Check.good(id, "Szigriszt-Pazos perspicuity " + score + ", \"" + scale
                    + "\" on the INFLESZ scale: right for parents.");
        }
        if (r.perspicuity() >= 55) {
            return Check.improve(id, "Szigriszt-Pazos perspicuity " + score + ", \"" + scale
                    + "\" on the INFLESZ scale: aim for \"bastante fácil\" (65 or more) with shorter sentences and words.");
        }
        return Check.problem(id, "Szigriszt-Pazos perspicuity " + score + ", \"" + scale
                + "\" on the INFLESZ scale: rewrite for \"bastante fácil\" (65 or more).");
    }

    static Check gradeLevel(Readability r) {
        String id = "grade-level";
        String grade = one(r.gradeLevel());
        if (r.gradeLevel() <= TARGET_GRADE) {
            return Check.good(id, "Reads at US grade " + grade + ": at or below grade 8, right for parents.");
        }
        if (r.gradeLevel() <= 12) {
            return Check.improve(id,
                    "Reads at US grade " + grade + ": aim for grade 8 or lower with shorter sentences and words.");
        }
        return Check.problem(id, "Reads at US grade " + grade + ": that is college level; rewrite for grade 8 or lower.");
    }

    static Check longSentences(Readability r) {
        String id = "long-sentences";
        String share = one(100 * r.longSentenceShare()) + "%";
        String counts = " (" + r.longSentences() + " of " + r.sentences() + " sentences have more than "
                + Readability.LONG_SENTENCE_WORDS + " words)";
        if (r.longSentenceShare() <= MAX_LONG_SENTENCE_SHARE) {
            return Check.good(id, share + " of sentences are long" + counts + ": at most 25% is easy to follow.");
        }
        if (r.longSentenceShare() <= 0.40) {
            return Check.improve(id, share + " of sentences are long" + counts + ": split some so at most 25% are.");
        }
        return Check.problem(id, share + " of sentences are long" + counts + ": split them so at most 25% are.");
    }

    static Check longestParagraph(Readability r) {
        String id = "longest-paragraph";
        int words = r.longestParagraphWords();
        if (words <= MAX_PARAGRAPH_WORDS) {
            return Check.good(id, "The longest paragraph has " + words + " words: no wall of text.");
        }
        if (words <= 200) {
            return Check.improve(id, "The longest paragraph has " + words + " words: split paragraphs over "
                    + MAX_PARAGRAPH_WORDS + " words.");
        }
        return Check.problem(id, "The longest paragraph has " + words + " words: split it, parents skim long blocks.");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
