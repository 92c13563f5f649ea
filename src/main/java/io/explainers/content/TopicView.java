package io.explainers.content;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.explainers.web.Language;

/**
 * A published topic as the site shows it, made once from the entities. The page template and the structured data
 * both read this one object, so what crawlers are told is what visitors see.
 */
public record TopicView(
        String slug,
        String title,
        String focusPhrase,
        String metaDescription,
        List<String> introParagraphs,
        String inSimpleTerms,
        List<SectionView> sections,
        String faqHeading,
        List<FaqView> faq,
        Audience audience,
        About about,
        Instant publishedAt,
        Instant modifiedAt,
        LocalDate lastReviewedOn,
        ReviewerView reviewedBy,
        LocalDate nextReviewDue,
        List<SourceView> sources,
        Language language,
        String translator,
        List<Edition> editions) {

    /** The anchor of the FAQ heading, stable whatever the FAQ is called. */
    public static final String FAQ_ANCHOR = "faq";

    public record SectionView(String heading, String anchor, List<Block> blocks) {
    }

    /**
     * Either a paragraph or a list: consecutive bullets of a section are one list, consecutive steps one numbered list.
     */
    public record Block(String paragraph, List<Bullet> bullets, boolean numbered) {
        public boolean isList() {
            return bullets != null;
        }
    }

    /** A bullet, or a step with the number it is shown with when that is not the one after the step before. */
    public record Bullet(String label, String text, Integer number) {
    }

    public record FaqView(String question, String answer) {
    }

    public record Audience(int childMinAge, int childMaxAge) {
    }

    public record About(String type, String name, String alternateName) {
    }

    /** Who signed the last review off, as the page names them; {@code url} is their profile, if any. */
    public record ReviewerView(long id, String name, String credentials, String jobTitle, String url) {
    }

    /** A source the topic rests on; the page lists them after the article, the structured data cites them. */
    public record SourceView(String title, String publisher, String url, LocalDate accessed) {
    }

    /** A published edition of the same topic: its language and its address. */
    public record Edition(Language language, String slug) {
        public String path() {
            return Slugs.topicPath(language, slug);
        }
    }

    // Withers: a copy with one field changed, so callers (the draft analysed as if published, tests) never list the
    // fields by position. A new field is one more argument in each of these, all in this file.

    public TopicView withSlug(String slug) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withTitle(String title) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withFocusPhrase(String focusPhrase) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withMetaDescription(String metaDescription) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withIntroParagraphs(List<String> introParagraphs) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withInSimpleTerms(String inSimpleTerms) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withSections(List<SectionView> sections) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withFaqHeading(String faqHeading) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withFaq(List<FaqView> faq) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withAudience(Audience audience) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withAbout(About about) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withPublishedAt(Instant publishedAt) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withModifiedAt(Instant modifiedAt) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withLastReviewedOn(LocalDate lastReviewedOn) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withReviewedBy(ReviewerView reviewedBy) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withNextReviewDue(LocalDate nextReviewDue) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withSources(List<SourceView> sources) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withLanguage(Language language) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withTranslator(String translator) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    public TopicView withEditions(List<Edition> editions) {
        return new TopicView(slug, title, focusPhrase, metaDescription, introParagraphs, inSimpleTerms, sections, faqHeading,
                faq, audience, about, publishedAt, modifiedAt, lastReviewedOn, reviewedBy, nextReviewDue, sources,
                language, translator, editions);
    }

    /** The language's code ({@code en}, {@code es}), for what must not depend on {@link Language} (the checklist). */
    public String languageCode() {
        return language.code();
    }

    /** This page's address. */
    public String path() {
        return Slugs.topicPath(language, slug);
    }

    /** A translation of an English topic (it has a translator, the editorial team when no one is named). */
    public boolean isTranslation() {
        return language != Language.ENGLISH;
    }

    /** The other published editions of this topic, for the language switch. */
    public List<Edition> otherEditions() {
        return editions.stream().filter(edition -> edition.language() != language).toList();
    }

    /** The English edition, when this is a translation and the English one is published. */
    public Edition original() {
        return editions.stream().filter(edition -> edition.language() == Language.ENGLISH).findFirst().orElse(null);
    }

    public boolean isReviewed() {
        return lastReviewedOn != null && reviewedBy != null;
    }

    /** The anchor of the list of sources, which no section's anchor may take. */
    public static final String SOURCES_ANCHOR = "sources";

    public String sourcesAnchor() {
        return SOURCES_ANCHOR;
    }

    public String faqAnchor() {
        return FAQ_ANCHOR;
    }

    /** Words a visitor reads: headings, intro, "in simple terms", sections and FAQ. */
    public int wordCount() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(introParagraphs);
        texts.add(inSimpleTerms);
        for (SectionView section : sections) {
            texts.add(section.heading());
            for (Block block : section.blocks()) {
                if (block.isList()) {
                    block.bullets().forEach(bullet -> {
                        texts.add(bullet.label());
                        texts.add(bullet.text());
                    });
                } else {
                    texts.add(block.paragraph());
                }
            }
        }
        if (!faq.isEmpty()) {
            texts.add(faqHeading);
            faq.forEach(entry -> {
                texts.add(entry.question());
                texts.add(entry.answer());
            });
        }
        return texts.stream().filter(text -> text != null && !text.isBlank()).mapToInt(TopicView::words).sum();
    }

    /** Reading time at {@value #WORDS_PER_MINUTE} words a minute, rounded up; never less than a minute. */
    public int readingMinutes() {
        return Math.max(1, (wordCount() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static final int WORDS_PER_MINUTE = 200;

    /**
     * The runs of characters between whitespace ({@code \s}: space, tab, line breaks) once the ends are stripped.
     * Counted by hand: splitting on a regular expression took a fortieth of a page's rendering.
     */
    static int words(String text) {
        String stripped = text.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < stripped.length(); i++) {
            boolean space = switch (stripped.charAt(i)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
                default -> false;
            };
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The topic as its page shows it; {@code reviews} says when it is next due for review. */
    public static TopicView of(Topic topic, ReviewCycle reviews) {
        // The subject is the English topic's, read through: an edition never disagrees with it.
        Topic subject = topic.subject();
        List<SectionView> sections = new ArrayList<>();
        List<String> usedAnchors = new ArrayList<>(PAGE_IDS);
        for (Section section : topic.sections) {
            sections.add(new SectionView(section.heading, uniqueAnchor(section.heading, usedAnchors), blocks(section.items)));
        }
        return new TopicView(
                topic.slug,
                topic.title,
                topic.focusPhrase,
                topic.metaDescription,
                paragraphs(topic.intro),
                topic.inSimpleTerms,
                List.copyOf(sections),
                topic.faqHeading,
                topic.faq.stream().map(entry -> new FaqView(entry.question, entry.answer)).toList(),
                new Audience(subject.audienceMinAge, subject.audienceMaxAge),
                new About(subject.aboutType, subject.aboutName, subject.aboutAlternateName),
                topic.publishedAt,
                topic.modifiedAt,
                topic.reviewer != null ? topic.lastReviewedOn : null,
                reviewer(topic.reviewer),
                reviews.nextDue(topic),
                topic.sources.stream().map(s -> new SourceView(s.title, s.publisher, s.url, s.accessed)).toList(),
                topic.language(),
                topic.translator,
                editions(topic, subject));
    }

    private static ReviewerView reviewer(Reviewer reviewer) {
        return reviewer == null ? null
                : new ReviewerView(reviewer.id, reviewer.name, reviewer.credentials, reviewer.jobTitle, reviewer.url);
    }

    /**
     * Every published edition of the topic, this one included, English first; empty when no other edition is
     * published (nothing to switch to, no alternates).
     */
    private static List<Edition> editions(Topic topic, Topic subject) {
        if (subject.id == null) {
            return List.of();
        }
        // The subject is at hand (this topic, or its original, which a page's query fetches with it): only its
        // translations are read, by key. One plain statement, which both Hibernate and H2 keep prepared; the union
        // of publishedEditions is translated and parsed again on every run, a fifth of a page's rendering.
        List<Edition> editions = new ArrayList<>();
        if (subject != topic && subject.status == TopicStatus.PUBLISHED) {
            editions.add(new Edition(subject.language(), subject.slug));
        }
        Topic.getEntityManager()
                .createQuery("select t.id, t.language, t.slug, t.status from Topic t where t.translationOf.id = :subject",
                        Object[].class)
                .setParameter("subject", subject.id)
                .getResultStream()
                .filter(row -> row[3] == TopicStatus.PUBLISHED && !row[0].equals(topic.id))
                .forEach(row -> editions.add(new Edition(Language.ofCode((String) row[1]).orElseThrow(), (String) row[2])));
        if (editions.isEmpty()) {
            return List.of();
        }
        editions.add(new Edition(topic.language(), topic.slug));
        editions.sort(Comparator.comparing(Edition::language));
        return List.copyOf(editions);
    }

    /** A published edition of the English topic {@code subject}, itself when it is that topic. */
    record PublishedEdition(Long subject, Long id, Edition edition) {
    }

    /**
     * Every published edition of each of {@code subjects} (English topics' ids), for a slice of the sitemap. Two
     * lookups by key in one statement, the subjects by id and their translations by {@code translation_of}: an
     * {@code or} of the two makes the databases read every published topic instead. The status is checked here rather
     * than in the query, where it could lead a database to read by its status index (every published topic) rather
     * than by key.
     */
    static List<PublishedEdition> publishedEditions(Collection<Long> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return Topic.getEntityManager().createQuery(
                "select t.id, t.id, t.language, t.slug, t.status from Topic t where t.id in :subjects"
                        + " union all select t.translationOf.id, t.id, t.language, t.slug, t.status from Topic t"
                        + " where t.translationOf.id in :subjects",
                Object[].class)
                .setParameter("subjects", subjects)
                .getResultStream()
                .filter(row -> row[4] == TopicStatus.PUBLISHED)
                .map(row -> new PublishedEdition((Long) row[0], (Long) row[1],
                        new Edition(Language.ofCode((String) row[2]).orElseThrow(), (String) row[3])))
                .toList();
    }

    static List<String> paragraphs(String text) {
        return BLANK_LINE.splitAsStream(text).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static List<Block> blocks(List<SectionItem> items) {
        List<Block> blocks = new ArrayList<>();
        List<Bullet> list = null;
        SectionItem.Kind listKind = null;
        int nextStep = 1;
        for (SectionItem item : items) {
            if (item.kind == SectionItem.Kind.PARAGRAPH) {
                list = null;
                blocks.add(new Block(item.text, null, false));
                continue;
            }
            if (list == null || item.kind != listKind) {
                list = new ArrayList<>();
                listKind = item.kind;
                blocks.add(new Block(null, list, item.kind == SectionItem.Kind.STEP));
                nextStep = 1;
            }
            // A step's own number only where counting on from the step before would not give it (an <li value>).
            Integer number = item.stepNumber != null && item.stepNumber != nextStep ? item.stepNumber : null;
            nextStep = (number != null ? number : nextStep) + 1;
            list.add(new Bullet(item.label, item.text, number));
        }
        return blocks.stream().map(b -> b.isList() ? new Block(null, List.copyOf(b.bullets()), b.numbered()) : b).toList();
    }

    // Compiled once: String.replaceAll compiles its expression on every call, for every section of every page.
    private static final Pattern NOT_ANCHOR_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

    /**
     * The ids the topic page has whatever its sections are called (layout.html, TopicResource/topic.html): a section
     * headed "Main" took id="main", and the skip link and the landmarks' labels pointed at the wrong element.
     */
    static final List<String> PAGE_IDS = List.of(FAQ_ANCHOR, SOURCES_ANCHOR, "main", "toc-title", "read-next-title");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Anchors come from the heading so links to a section survive reordering; accents are dropped as in slugs
     * ("¿Cómo ayuda?" is #como-ayuda, not #c-mo-ayuda).
     */
    static String uniqueAnchor(String heading, List<String> used) {
        String letters = heading.chars().allMatch(c -> c < 128) ? heading
                : MARKS.matcher(Normalizer.normalize(heading, Normalizer.Form.NFD)).replaceAll("");
        String base = EDGE_HYPHENS.matcher(NOT_ANCHOR_CHARACTERS.matcher(letters.toLowerCase(Locale.ROOT))
                .replaceAll("-")).replaceAll("");
        if (base.isEmpty()) {
            base = "section";
        }
        String anchor = base;
        for (int n = 2; used.contains(anchor); n++) {
            anchor = base + "-" + n;
        }
        used.add(anchor);
        return anchor;
    }
}
