package io.explainers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.explainers.Fixtures;
import io.explainers.SeedText;

/** The article format, read without a server: the seed as the fixture, its variants, and what cannot be read. */
class ArticleParserTest {

    static final String NOTE = "Information gathered from public forums or data available on the internet and portrayed here.";

    static String seed() {
        return Fixtures.text("/seed/" + SeedText.SLUG + ".txt");
    }

    /** The seed with {@code text} (an article's lines) put in before its third section, "Which kids might benefit". */
    static String seedWith(String text) {
        return seed().replace("Which kids might benefit\n", text + "Which kids might benefit\n");
    }

    static Article read(String text) {
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(List.of(), parsed.errors());
        return parsed.article();
    }

    static List<String> items(Article.Part part) {
        return part.items().stream()
                .map(item -> item.kind() + "|" + (item.label() == null ? "" : item.label()) + "|" + item.text()).toList();
    }

    /** Everything but the line numbers. */
    static List<Object> content(Article article) {
        return List.of(String.valueOf(article.source()), article.titlePhrase(), article.title(), article.slug(),
                article.focusPhrase(),
                article.metaDescription(), article.intro(), String.valueOf(article.inSimpleTerms()), article.faqHeading(),
                String.valueOf(article.bottomNote()),
                article.sections().stream().map(part -> part.heading() + " " + items(part)).toList(),
                article.faq().stream().map(qa -> qa.question() + " | " + qa.answer()).toList());
    }

    @Test
    void theSeedIsReadAsTheAuthorWroteIt() {
        ParsedArticle parsed = ArticleParser.parse(seed(), NOTE);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(), parsed.warnings(), "the seed has everything: nothing to fill in");
        Article article = parsed.article();
        SeedText seed = SeedText.load();
        assertEquals("US Trends", article.source());
        assertEquals(seed.title(), article.titlePhrase());
        assertEquals("What is occupational therapy for kids?", article.title());
        assertEquals(SeedText.SLUG, article.slug());
        assertEquals(seed.focusPhrase(), article.focusPhrase());
        assertEquals(seed.metaDescription(), article.metaDescription());
        assertEquals(seed.intro(), article.intro());
        assertEquals(seed.inSimpleTerms(), article.inSimpleTerms());
        assertEquals(seed.sectionHeadings(), article.sections().stream().map(Article.Part::heading).toList());
        assertEquals(seed.faqHeading(), article.faqHeading());
        assertEquals(seed.faq().stream().map(qa -> qa[0] + " | " + qa[1]).toList(),
                article.faq().stream().map(qa -> qa.question() + " | " + qa.answer()).toList());
        assertEquals(NOTE, article.bottomNote());
        assertEquals(List.of(
                "BULLET|At home:|practicing dressing, brushing teeth, using utensils, managing routines, and using adaptive "
                        + "tools when needed (like special grips, scissors, or seating).",
                "BULLET|At school:|building handwriting, cutting, copying from the board, organizing materials, sitting at a desk, and "
                        + "managing sensory needs (for example, with seating changes, fidgets, or movement breaks).",
                "BULLET|In social life:|supporting play skills, turn-taking, coping with frustration, and participating more confidently "
                        + "in playground games, sports, and group activities."),
                items(article.sections().get(3)));
        // "A therapist starts with an evaluation: watching ..." has six words before its colon: not a label.
        assertNull(article.sections().get(1).items().get(0).label());
    }

    @Test
    void linesPointAtTheText() {
        Article article = read(seed());
        assertEquals(1, article.lineOf("source"));
        assertEquals(3, article.lineOf("title"));
        assertEquals(5, article.lineOf("intro"));
        assertEquals(7, article.lineOf("sections[0].heading"));
        assertEquals(10, article.lineOf("sections[0].items[1].text"));
        assertEquals(13, article.lineOf("inSimpleTerms"));
        assertEquals(33, article.lineOf("faqHeading"));
        assertEquals(36, article.lineOf("faq[1].question"));
        assertEquals(41, article.lineOf("focusPhrase"));
        assertEquals(42, article.lineOf("metaDescription"));
    }

    /** The same article, saved by other editors and systems: each reads exactly like the seed. */
    @ParameterizedTest
    @ValueSource(strings = { "crlf", "cr", "bom", "bom+crlf", "tabs", "trailing spaces", "extra blank lines",
            "nbsp-free indent" })
    void lineEndsEncodingMarksAndWhitespaceDoNotMatter(String variant) {
        Map<String, UnaryOperator<String>> variants = Map.of(
                "crlf", text -> text.replace("\n", "\r\n"),
                "cr", text -> text.replace("\n", "\r"),
                "bom", text -> "\uFEFF" + text,
                "bom+crlf", text -> "\uFEFF" + text.replace("\n", "\r\n"),
                "tabs", text -> text.replace("  • ", "\t•\t"),
                "trailing spaces", text -> text.replace("\n", " \t \n"),
                "extra blank lines", text -> text.replace("\n\n", "\n\n\n\n"),
                "nbsp-free indent", text -> text.replace("  • ", "      •   "));
        assertEquals(content(read(seed())), content(read(variants.get(variant).apply(seed()))));
    }

    @Test
    void otherBulletsStraightQuotesWrappedParagraphsAndQuestionsOnTheirOwnLine() {
        ParsedArticle parsed = ArticleParser.parse(Fixtures.text("/articles/what-is-speech-therapy-for-kids.txt"), NOTE);
        Article article = parsed.article();
        assertEquals(List.of(), parsed.warnings());
        assertEquals("What is speech therapy for kids?", article.title());
        assertEquals("what is speech therapy for kids", article.focusPhrase());
        assertEquals(
                "Learn what speech therapy for kids is, what happens in a session, and how it helps children talk and listen.",
                article.metaDescription());
        assertEquals(
                "Speech therapy for kids helps children understand words, say sounds clearly, and use language to share their "
                        + "ideas, needs, and feelings with the people around them.\n\nA speech-language pathologist works with the child and "
                        + "the family, often through games and books.",
                article.intro());
        assertEquals(List.of(
                "BULLET||Clear speech sounds, such as saying \"r\" or \"s\" the way other children of the same age do.",
                "BULLET||Understanding words and following directions at home and at school.",
                "BULLET||Using longer sentences to tell a story or ask for help.",
                "BULLET|Social talk:|taking turns, staying on topic, and reading faces."), items(article.sections().get(0)));
        assertEquals("Frequently asked questions", article.faqHeading());
        assertEquals(List.of(
                new Article.Question("How long does it take?",
                        "It depends on the child; many children need a few months of weekly sessions.", 27),
                new Article.Question("Is it only for stuttering?",
                        "No. It also helps with late talking, unclear sounds, and understanding language.", 28)),
                article.faq());
    }

    @Test
    void numberedBulletsAreStepsAndAMissingMetaDescriptionComesFromTheIntro() {
        ParsedArticle parsed = ArticleParser.parse(Fixtures.text("/articles/how-to-calm-toddler-tantrums.txt"), NOTE);
        Article article = parsed.article();
        assertEquals("How to calm toddler tantrums", article.title(), "a guide, not a question");
        assertEquals(List.of(
                "STEP||Stay close and keep your own voice low and slow.",
                "STEP|Name the feeling:|\"You are angry because the tower fell.\"",
                "STEP||Offer one simple choice once your child is calmer.",
                "STEP||Talk about what happened later, when everyone is rested."), items(article.sections().get(1)));
        assertNull(article.inSimpleTerms());
        assertEquals(
                "Toddler tantrums are sudden bursts of crying, shouting, or flopping to the floor when a young child feels more "
                        + "than they can handle.",
                article.metaDescription());
        String description = "Toddler tantrums are sudden bursts of crying, shouting, or flopping to the floor when a young child feels "
                + "more than they can handle.";
        assertEquals(List.of(new Finding(29, "No meta description in the SEO notes; one was made from the intro ("
                + description.length() + " characters): “" + description + "”.")), parsed.warnings());
    }

    @Test
    void aSectionOfParagraphsAndAnArticleWithoutSeoNotesOrBottomNote() {
        ParsedArticle parsed = ArticleParser.parse(Fixtures.text("/articles/what-is-physical-therapy-for-babies.txt"), NOTE);
        Article article = parsed.article();
        assertEquals(List.of(
                "PARAGRAPH||A physical therapist watches how your baby moves and plays, and checks muscle tone, strength, and balance.",
                "PARAGRAPH||Therapy for babies looks like play: tummy time, reaching for toys, and gentle stretches that fit into the day.",
                "PARAGRAPH||Parents learn the exercises too, so practice can happen at home every day."),
                items(article.sections().get(0)));
        assertEquals("what is physical therapy for babies", article.focusPhrase());
        assertEquals(article.intro(), article.metaDescription(), "an intro of 50-156 characters is the description as it is");
        assertEquals("FAQs", article.faqHeading());
        List<String> warnings = parsed.warnings().stream().map(Finding::message).toList();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("“In simple terms” comes after section 2 in the article"), warnings.toString());
        assertTrue(warnings.get(1).startsWith("No focus phrase"), warnings.toString());
        assertTrue(warnings.get(2).startsWith("No meta description"), warnings.toString());
        assertTrue(warnings.get(3).startsWith("No bottom note line"), warnings.toString());
    }

    @Test
    void noSourceLabelTitleCaseSingleCurlyQuotesAndAnotherBottomNote() {
        ParsedArticle parsed = ArticleParser.parse(Fixtures.text("/articles/what-is-adhd-in-kids.txt"), NOTE);
        Article article = parsed.article();
        assertNull(article.source());
        assertEquals("What is ADHD in kids?", article.title());
        assertEquals("what-is-adhd-in-kids", article.slug());
        assertEquals("what is ADHD in kids", article.focusPhrase());
        assertEquals("Learn what ADHD in kids is, what it can look like at home and school, and how doctors diagnose it.",
                article.metaDescription());
        assertEquals(List.of(1, 26, 29), parsed.warnings().stream().map(Finding::line).toList(), parsed.warnings().toString());
        assertTrue(parsed.warnings().get(0).message().startsWith("No source label line"));
        assertTrue(parsed.warnings().get(1).message().startsWith("This SEO note is not used: “Use short paragraphs.”"));
        assertTrue(parsed.warnings().get(2).message().startsWith("The bottom note differs"));
    }

    @ParameterizedTest
    @ValueSource(strings = { ".", "!" })
    void aTitleLineWithAStopAfterItIsStillTheTitle(String stop) {
        String stopped = seed().replace("\nwhat is occupational therapy for kids\n", "\nwhat is occupational therapy for kids"
                + stop + "\n");
        assertTrue(stopped.contains("kids" + stop + "\n"), "the seed's title line is line 3");
        ParsedArticle parsed = ArticleParser.parse(stopped, NOTE);
        Article article = parsed.article();
        assertEquals("US Trends", article.source());
        assertEquals("What is occupational therapy for kids?", article.title());
        assertEquals("what-is-occupational-therapy-for-kids", article.slug());
        assertEquals(SeedText.load().intro(), article.intro());
        assertEquals(List.of("The title line ends with “" + stop + "”; the title is read without it."),
                parsed.warnings().stream().map(Finding::message).toList());
        assertEquals(3, parsed.warnings().get(0).line());
    }

    /** Moved before the line {@code before}, the line is kept, and the warning says where it was. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Which kids might benefit|after section 2",
            "SEO notes for your post|after the FAQ" })
    void inSimpleTermsElsewhereIsKeptAndItsPlaceReported(String before, String place) {
        String line = "In simple terms: " + SeedText.load().inSimpleTerms();
        String moved = seed().replace(line + "\n\n", "").replace(before + "\n", line + "\n\n" + before + "\n");
        ParsedArticle parsed = ArticleParser.parse(moved, NOTE);
        assertEquals(SeedText.load().inSimpleTerms(), parsed.article().inSimpleTerms());
        assertEquals(1, parsed.warnings().size(), parsed.warnings().toString());
        assertTrue(parsed.warnings().get(0).message().startsWith("“In simple terms” comes " + place),
                parsed.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what is occupational therapy for kids|What is occupational therapy for kids?|what-is-occupational-therapy-for-kids",
            "How To Calm Toddler Tantrums|How to calm toddler tantrums|how-to-calm-toddler-tantrums",
            "can kids outgrow food allergies?|Can kids outgrow food allergies?|can-kids-outgrow-food-allergies",
            "signs of autism in toddlers|Signs of autism in toddlers|signs-of-autism-in-toddlers",
            "qué es la terapia ocupacional|¿Qué es la terapia ocupacional?|que-es-la-terapia-ocupacional",
            "is my child's lisp normal|Is my child's lisp normal?|is-my-childs-lisp-normal",
            "How Much Sleep Does A Teenager Need|How much sleep does a teenager need?|how-much-sleep-does-a-teenager-need",
            "Is It A Cold Or The Flu|Is it a cold or the flu?|is-it-a-cold-or-the-flu",
            "Croup In Toddlers: What Parents Should Know|Croup in toddlers: what parents should know|croup-in-toddlers-what-parents-should-know",
            "What Is Hand, Foot And Mouth Disease|What is hand, foot and mouth disease?|what-is-hand-foot-and-mouth-disease",
            "Ear Infections (Otitis Media) In Kids|Ear infections (otitis media) in kids|ear-infections-otitis-media-in-kids",
            "Vitamin A For Kids: How Much Is Enough|Vitamin A for kids: how much is enough|vitamin-a-for-kids-how-much-is-enough",
            "What Is ADHD In Kids|What is ADHD in kids?|what-is-adhd-in-kids",
            "Group A Strep In Kids|Group A strep in kids|group-a-strep-in-kids",
            "Is Vitamin A Safe For Kids|Is vitamin A safe for kids?|is-vitamin-a-safe-for-kids",
            "Signs Of A Concussion In Teens|Signs of a concussion in teens|signs-of-a-concussion-in-teens",
            "ADHD Evaluation For School-Age Children|ADHD evaluation for school-age children|adhd-evaluation-for-school-age-children",
            "Why Does My 2-Year-Old Bite|Why does my 2-year-old bite?|why-does-my-2-year-old-bite",
            "Is COVID-19 Serious For Babies|Is COVID-19 serious for babies?|is-covid-19-serious-for-babies",
            "What Is An IEP Vs A 504 Plan|What is an IEP vs a 504 plan?|what-is-an-iep-vs-a-504-plan" })
    void titlesAndSlugs(String phrase, String title, String slug) {
        assertEquals(title, Titles.title(phrase.replaceFirst("\\?$", "")));
        assertEquals(slug, Titles.slug(phrase));
    }

    @Test
    void theMetaDescriptionMadeFromALongIntroIsCutAtAWord() {
        String intro = "Occupational therapy for kids (also called pediatric OT) is a child-centered therapy that helps children build "
                + "the skills they need for everyday life, like playing, learning, moving, and taking care of themselves.";
        String description = Descriptions.fromIntro(intro);
        assertEquals(
                "Occupational therapy for kids (also called pediatric OT) is a child-centered therapy that helps children build "
                        + "the skills they need for everyday life, like…",
                description);
        assertTrue(description.length() >= 50 && description.length() <= 156, description.length() + "");
    }

    static final String WITH_SOURCES = """
            US Trends

            what is sensory play for toddlers

            Sensory play for toddlers is play that uses touch, sound and movement.

            What it looks like

              • Pouring, scooping and squishing.

            Sources

              • Sensory play, explained, for parents and carers, Play Council, https://play.example/sensory
              - Toddler development, Child Health Institute, https://child.example/toddlers, accessed 2026-10-01.
              • Messy play: why it matters, Parents Guide, https://parents.example/messy.

            Quick FAQ

              • Is it messy? Sometimes, and that is fine.
            """;

    @Test
    void aSourcesSectionIsReadFromTheRightAndIsNoSectionOfThePage() {
        Article article = read(WITH_SOURCES);
        assertEquals(List.of("What it looks like"), article.sections().stream().map(Article.Part::heading).toList(),
                "the sources are listed after the article, never shown as a section");
        assertEquals(List.of(
                "Sensory play, explained, for parents and carers | Play Council | https://play.example/sensory | null | 13",
                "Toddler development | Child Health Institute | https://child.example/toddlers | 2026-10-01 | 14",
                "Messy play: why it matters | Parents Guide | https://parents.example/messy | null | 15"),
                article.sources().stream().map(source -> source.title() + " | " + source.publisher() + " | " + source.url()
                        + " | " + source.accessed() + " | " + source.line()).toList());
        assertEquals(14, article.lineOf("sources[1].url"));
        assertEquals(1, article.faq().size(), "the FAQ after the sources is read as usual");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "  • Just a title and https://play.example/x | A source is written as “Title, Publisher, URL”",
            "  • Title, https://play.example/x | A source is written as “Title, Publisher, URL”",
            "  • , Publisher, https://play.example/x | none of them empty",
            "  • Title, Publisher, https://play.example/x, accessed last week | is not a date written as 2026-11-20" })
    void aSourceThatCannotBeReadIsAnErrorOnItsLine(String line, String message) {
        String text = WITH_SOURCES.replace("  • Messy play: why it matters, Parents Guide, https://parents.example/messy.",
                line);
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(1, parsed.errors().size(), parsed.errors()::toString);
        assertEquals(15, parsed.errors().get(0).line());
        assertTrue(parsed.errors().get(0).message().contains(message), parsed.errors()::toString);
    }

    @Test
    void aQuotedMetaDescriptionKeepsTheQuotesOfTheOtherKindInside() {
        String description = "Learn what sensory overload looks like in kids, and why \"quiet time\" helps at home and at school.";
        String text = seed().replaceFirst("(?m)^(  • Good meta description example.*?: )“.*”$",
                "$1“" + description.replace("\"", "\\\"") + "”");
        assertEquals(description, read(text).metaDescription());
        String focus = seed().replace("“what is occupational therapy for kids” in title",
                "\"what is occupational therapy for kids\" in title, and “OT” in one subheading");
        assertEquals("what is occupational therapy for kids", read(focus).focusPhrase());
        // Quotes of two kinds, as word processors sometimes pair them.
        String mixed = seed().replace("“what is occupational therapy for kids” in title",
                "\"occupational therapy for children” in title");
        assertEquals("occupational therapy for children", read(mixed).focusPhrase());
    }

    /**
     * A sentence whose stop is inside closing quotes, or followed by an emoji (with a skin tone or a variation
     * selector), is a paragraph, not a heading.
     */
    @ParameterizedTest
    @ValueSource(strings = { "Teach older siblings to say “wash hands first.”", "Great work, you did it! \uD83C\uDF89",
            "Play is how kids learn. \uD83D\uDE0A", "Wash hands first.\uD83D\uDC4D\uD83C\uDFFD",
            "Hugs help too. \u2764\uFE0F" })
    void aFinishedSentenceIsAParagraph(String sentence) {
        String text = seedWith(sentence + "\n\n");
        Article article = read(text);
        assertEquals(SeedText.load().sectionHeadings().size(), article.sections().size(), "no section of its own");
        assertTrue(article.sections().stream().flatMap(section -> section.items().stream())
                .anyMatch(item -> sentence.equals(item.text())), "a paragraph of the section above");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u2028", "\u2029", "\u0085" })
    void aLineEndOtherThanCrOrLfIsRefusedOnItsLine(String separator) {
        String text = seed().replace("Does it look like “work” or “play”? Usually like play,",
                "Does it look like “work” or “play”? Usually" + separator + "like play,");
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(1, parsed.errors().size(), parsed.errors()::toString);
        assertEquals(36, parsed.errors().get(0).line());
        assertTrue(parsed.errors().get(0).message().contains(String.format("U+%04X", (int) separator.charAt(0))),
                parsed.errors()::toString);
    }

    /** An empty FAQ is refused, as an empty section is: an explainer without a FAQ leaves the heading out. */
    @Test
    void aFaqHeadingWithoutQuestionsIsAnErrorOnItsLine() {
        String text = seed().replaceFirst("(?s)(Quick FAQ style wrap‑up\n).*?(\nSEO notes for your post)", "$1$2");
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(1, parsed.errors().size(), parsed.errors()::toString);
        assertEquals(33, parsed.errors().get(0).line());
        assertTrue(parsed.errors().get(0).message().startsWith("The FAQ “Quick FAQ style wrap‑up” has no questions"),
                parsed.errors()::toString);
    }

    @Test
    void twoSectionsWithOneHeadingAreReported() {
        String text = seed().replace("Which kids might benefit\n", "What occupational therapy for kids is\n");
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(List.of(), parsed.errors());
        assertEquals(1, parsed.warnings().size(), parsed.warnings().toString());
        assertEquals(21, parsed.warnings().get(0).line());
        assertTrue(parsed.warnings().get(0).message().startsWith("Two sections are headed “What occupational therapy"),
                parsed.warnings().toString());
    }

    /**
     * A bullet hard-wrapped at the margin, its next line not indented: a line that starts in lower case, or with a
     * negative number, is the rest of the bullet; one that starts as a sentence is a paragraph after the list.
     */
    @Test
    void aBulletWrappedWithoutAnIndentKeepsItsRest() {
        String text = seedWith(
                "Signs of RSV in babies\n\n  • A runny nose, cough and sneezing for 1–2 days, then faster or harder breathing in some\n"
                        + "babies.\n  • Cold nights: temperatures of\n-40 °F are dangerous.\n  • Fewer wet diapers.\n"
                        + "Most babies get better at home.\n\n");
        Article article = read(text);
        Article.Part signs = article.sections().stream().filter(part -> part.heading().equals("Signs of RSV in babies"))
                .findFirst().orElseThrow();
        assertEquals(List.of(
                "BULLET||A runny nose, cough and sneezing for 1–2 days, then faster or harder breathing in some babies.",
                "BULLET|Cold nights:|temperatures of -40 °F are dangerous.", "BULLET||Fewer wet diapers.",
                "PARAGRAPH||Most babies get better at home."), items(signs));
    }

    /** A second FAQ heading is refused on its line, and what follows it is read on (it had thrown, a 500 for the API). */
    @Test
    void aSecondFaqIsAnErrorOnItsLine() {
        String text = seed().replace("SEO notes for your post\n", "More to know\n\n  • A bullet.\n\nFAQ\n\n"
                + "  • Is this a second FAQ? Yes.\n\nSEO notes for your post\n");
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(1, parsed.errors().size(), parsed.errors()::toString);
        assertTrue(parsed.errors().get(0).message().startsWith("A second FAQ section"), parsed.errors()::toString);
    }

    /** A bullet under a bullet is shown beside it (the page has no nested lists), with a warning on its line. */
    @Test
    void aNestedBulletIsReported() {
        String text = seedWith("Signs of dehydration\n\n  • Fewer wet diapers.\n    – Darker pee.\n  • A dry mouth.\n\n");
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(24), parsed.warnings().stream().map(Finding::line).toList(), parsed.warnings()::toString);
        assertTrue(parsed.warnings().get(0).message().startsWith("This bullet is indented under the one above"));
        assertEquals(List.of("BULLET||Fewer wet diapers.", "BULLET||Darker pee.", "BULLET||A dry mouth."),
                items(parsed.article().sections().get(2)));
    }

    /**
     * "Watch for these signs:" before a list, under a heading or after a paragraph, introduces the list: it stays in
     * its section with its colon. Under a heading it had been a heading too, and the section above it was refused as
     * empty.
     */
    @Test
    void aLineThatIntroducesAListIsNotAHeading() {
        String text = seedWith(
                "Signs of RSV in babies\n\nWatch for these signs:\n\n  • Fast breathing.\n  • Fewer wet diapers.\n\n"
                        + "Most babies are only mildly ill.\nCall the doctor if you see:\n  • Blue lips.\n\n");
        Article article = read(text);
        assertEquals(List.of("What occupational therapy for kids is", "What happens in OT sessions", "Signs of RSV in babies",
                "Which kids might benefit", "How it helps in real life"),
                article.sections().stream().map(Article.Part::heading).toList());
        assertEquals(List.of("PARAGRAPH||Watch for these signs:", "BULLET||Fast breathing.", "BULLET||Fewer wet diapers.",
                "PARAGRAPH||Most babies are only mildly ill.", "PARAGRAPH||Call the doctor if you see:", "BULLET||Blue lips."),
                items(article.sections().get(2)));

        // "Sources:" and "FAQ:" after a paragraph still start their parts.
        Article withSources = read(seedWith("Signs of RSV in babies\n\n  • Fast breathing.\n"
                + "Most babies are only mildly ill.\n\nSources:\n  • RSV in infants, Healthy Kids Society, https://kids.example/rsv\n\n"));
        assertEquals(List.of("RSV in infants"), withSources.sources().stream().map(Article.Source::title).toList());
        assertEquals(List.of("BULLET||Fast breathing.", "PARAGRAPH||Most babies are only mildly ill."),
                items(withSources.sections().get(2)));
    }

    /** A question mark in an address or inside quotes does not end a FAQ question; the one before the answer does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Can I check healthychildren.org/search?q=rsv for more? Yes, it lists clinics.|Can I check healthychildren.org/search?q=rsv for more?|Yes, it lists clinics.",
            "What does \"RSV-positive?\" on the lab sheet mean? It means the test found RSV.|What does \"RSV-positive?\" on the lab sheet mean?|It means the test found RSV.",
            "Is it normal that she asks “why?” Yes, at four it is.|Is it normal that she asks “why?”|Yes, at four it is.",
            "Is OT only for severe issues? No; it helps with mild ones?|Is OT only for severe issues?|No; it helps with mild ones?",
            "Is a 2\" bandage enough? Use a 4\" one. Why? It covers more.|Is a 2\" bandage enough?|Use a 4\" one. Why? It covers more.",
            "Is it serious?No. Should I worry? Only if it lasts.|Is it serious?|No. Should I worry? Only if it lasts.",
            "Is it serious?\u00a0No. Should I worry? Only if it lasts.|Is it serious?|No. Should I worry? Only if it lasts.",
            "Does “OT help? Yes, kids stop asking “why?” so much.|Does “OT help?|Yes, kids stop asking “why?” so much." })
    void aFaqQuestionEndsAtTheQuestionMarkBeforeItsAnswer(String entry, String question, String answer) {
        Article article = read(seed().replaceFirst("  • Where does it happen\\?.*", Matcher.quoteReplacement("  • " + entry)));
        Article.Question last = article.faq().get(article.faq().size() - 1);
        assertEquals(question, last.question());
        assertEquals(answer, last.answer());
    }

    /** An answer's second paragraph joins its answer, with a warning; it had refused the article as a question without one. */
    @Test
    void aSecondParagraphOfAFaqAnswerJoinsIt() {
        String text = seed().replace("in‑home or virtual services.\n", "in‑home or virtual services.\n\n"
                + "Ask your pediatrician for a referral.\n");
        ParsedArticle parsed = ArticleParser.parse(text, NOTE);
        assertEquals(List.of(), parsed.errors());
        Article.Question last = parsed.article().faq().get(2);
        assertTrue(last.answer().endsWith("virtual services. Ask your pediatrician for a referral."), last.answer());
        assertEquals(1, parsed.warnings().size(), parsed.warnings()::toString);
        assertTrue(parsed.warnings().get(0).message().startsWith("A FAQ answer is one paragraph"), parsed.warnings()::toString);
    }

    /** "1. 1. 1." (as Markdown writes lists) and "0." count on from 1; a number ahead of the count is kept. */
    @Test
    void stepNumbersThatDoNotMoveTheCountForwardAreCountedOver() {
        String text = seedWith(
                "Three steps\n\n  1. Wash hands.\n  1. Dry them.\n  1. Put the towel back.\n\nTwo more\n\n  0. Breathe in.\n"
                        + "  5. Breathe out.\n  6. Smile.\n\n");
        Article article = read(text);
        List<Integer> numbers = article.sections().stream().filter(part -> part.heading().matches("Three steps|Two more"))
                .flatMap(part -> part.items().stream()).map(Article.Item::number).toList();
        assertEquals(java.util.Arrays.asList(null, null, null, null, 5, null), numbers);
    }

    @Test
    void anArticleWithoutSourcesHasNone() {
        assertEquals(List.of(), read(seed()).sources());
    }
}
