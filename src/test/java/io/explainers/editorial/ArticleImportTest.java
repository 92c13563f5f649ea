package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.Fixtures;
import io.explainers.Pages;
import io.explainers.SeedText;
import io.explainers.content.ContentVersion;
import io.explainers.content.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Articles in through {@code POST /api/imports}, pages out: the seed round-trips to the topic the database holds, and
 * every variant of the format, once published, shows exactly the article's headings, bullets, labels, steps and FAQ,
 * with a JSON-LD FAQ equal to the visible one and none of the scaffolding.
 */
@QuarkusTest
class ArticleImportTest {

    /** What a reader must find on the page of an article, written out by hand from the fixture. */
    record Expected(String slug, String title, List<String> intro, String inSimpleTerms, List<String> headings,
            List<List<String>> sectionText, List<String> labels, List<String> steps, String faqHeading, List<String> faq) {

        Expected retitled(String slug, String title) {
            return new Expected(slug, title, intro, inSimpleTerms, headings, sectionText, labels, steps, faqHeading, faq);
        }
    }

    static final Expected SPEECH = new Expected("what-is-speech-therapy-for-kids", "What is speech therapy for kids?",
            List.of("Speech therapy for kids helps children understand words, say sounds clearly, and use language to share their ideas, "
                    + "needs, and feelings with the people around them.",
                    "A speech-language pathologist works with the child and the family, often through games and books."),
            "speech therapy helps kids talk, listen, and be understood more easily.",
            List.of("What speech therapy for kids works on", "How a session goes"),
            List.of(List.of("Clear speech sounds, such as saying \"r\" or \"s\" the way other children of the same age do.",
                    "Understanding words and following directions at home and at school.",
                    "Using longer sentences to tell a story or ask for help.",
                    "Social talk: taking turns, staying on topic, and reading faces."),
                    List.of("At the start: the therapist plays and talks with your child to see which sounds and words are easy.",
                            "Practice time: short games repeat a sound or word many times, with praise for each try.",
                            "At home: you get a few simple activities to practise between sessions.")),
            List.of("Social talk:", "At the start:", "Practice time:", "At home:"), List.of(),
            "Frequently asked questions",
            List.of("How long does it take? | It depends on the child; many children need a few months of weekly sessions.",
                    "Is it only for stuttering? | No. It also helps with late talking, unclear sounds, and understanding language."));

    static final Expected TANTRUMS = new Expected("how-to-calm-toddler-tantrums", "How to calm toddler tantrums",
            List.of("Toddler tantrums are sudden bursts of crying, shouting, or flopping to the floor when a young child feels more than "
                    + "they can handle. They are a normal part of growing up, and calm, steady responses help them pass sooner."),
            null,
            List.of("Why toddlers have tantrums", "Steps to calm a tantrum", "When to talk to a doctor"),
            List.of(List.of("Toddlers feel big emotions before they have the words to explain them.",
                    "Being tired, hungry, or overstimulated makes a meltdown more likely."),
                    List.of("Stay close and keep your own voice low and slow.",
                            "Name the feeling: \"You are angry because the tower fell.\"",
                            "Offer one simple choice once your child is calmer.",
                            "Talk about what happened later, when everyone is rested."),
                    List.of("Tantrums that last longer than 25 minutes or happen many times every day.",
                            "Hurting themselves or others during a tantrum.")),
            List.of("Name the feeling:"),
            List.of("Stay close and keep your own voice low and slow.",
                    "Name the feeling: \"You are angry because the tower fell.\"",
                    "Offer one simple choice once your child is calmer.",
                    "Talk about what happened later, when everyone is rested."),
            "Quick FAQ",
            List.of("Should I ignore a tantrum? | Stay nearby and calm; ignoring the behavior is fine, but not the child.",
                    "Do tantrums mean bad parenting? | No; nearly every toddler has them."));

    static final Expected PHYSICAL = new Expected("what-is-physical-therapy-for-babies", "What is physical therapy for babies?",
            List.of("Physical therapy for babies helps infants build strength and move with more ease, from holding up their head to "
                    + "rolling, sitting, and crawling."),
            "physical therapy helps babies move, play, and grow stronger.",
            List.of("What a physical therapist does", "Signs a baby might benefit"),
            List.of(List.of(
                    "A physical therapist watches how your baby moves and plays, and checks muscle tone, strength, and balance.",
                    "Therapy for babies looks like play: tummy time, reaching for toys, and gentle stretches that fit into the day.",
                    "Parents learn the exercises too, so practice can happen at home every day."),
                    List.of("Favoring one side of the body or always turning the head the same way.",
                            "Not rolling, sitting, or crawling by the ages most babies do.")),
            List.of(), List.of(), "FAQs",
            List.of("Does it hurt? | No; therapists keep it gentle and stop when a baby is upset.",
                    "How often are sessions? | Often weekly at first, then less as your baby gains skills."));

    static final Expected ADHD = new Expected("what-is-adhd-in-kids", "What is ADHD in kids?",
            List.of("ADHD in kids (attention deficit hyperactivity disorder) makes it harder for a child to focus, sit still, or wait their "
                    + "turn, more than other children of the same age."),
            "ADHD means a child's brain has a harder time with focus and self-control.",
            List.of("What ADHD in kids can look like", "How ADHD is diagnosed"),
            List.of(List.of("Trouble paying attention: losing things, drifting off during lessons, or not finishing tasks.",
                    "Hyperactivity: fidgeting, running, or talking a lot when others are calm.",
                    "Impulsivity: acting before thinking, interrupting, or grabbing things."),
                    List.of("A doctor talks with parents and teachers, uses questionnaires, and rules out other causes such as hearing or "
                            + "sleep problems.")),
            List.of("Trouble paying attention:", "Hyperactivity:", "Impulsivity:"), List.of(), "Frequently Asked Questions",
            List.of("Do kids grow out of ADHD? | Some symptoms ease with age, but many people keep some of them as adults.",
                    "Is it caused by parenting? | No; ADHD is a difference in how the brain develops."));

    @Inject
    ContentVersion contentVersion;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    static RequestSpecification importer() {
        return Api.editor().contentType("text/plain; charset=utf-8");
    }

    @Test
    void aDryRunOfTheSeedGivesTheSeedTopicFieldForFieldAndStoresNothing() {
        long versionBefore = contentVersion.current();
        long topicsBefore = QuarkusTransaction.requiringNew().call(() -> Topic.count());
        int revisionsBefore = revisions(SeedText.SLUG).size();
        JsonNode report = Api.read(importer().body(Fixtures.text("/seed/" + SeedText.SLUG + ".txt"))
                .post("/api/imports?dryRun=true").then().statusCode(200).extract().asString());
        JsonNode stored = Api.get(SeedText.SLUG);
        JsonNode imported = report.path("document");
        for (String field : List.of("slug", "title", "focusPhrase", "metaDescription", "intro", "inSimpleTerms", "sections",
                "faqHeading",
                "faq", "source", "audience", "about", "language", "translationOf")) {
            assertEquals(stored.path(field), imported.path(field), field);
        }
        assertEquals("US Trends", imported.path("source").asText());
        assertTrue(report.path("dryRun").asBoolean());
        assertEquals("PUBLISHED", report.path("status").asText(), "the topic it would change is published");
        List<String> warnings = new ArrayList<>();
        report.path("warnings")
                .forEach(warning -> warnings.add(warning.path("line").asInt() + " " + warning.path("message").asText()));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("3 A topic with the slug " + SeedText.SLUG + " exists")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("3 Inferred from the title (“occupational therapy”): aboutType "
                + "OccupationalTherapy")), warnings.toString());
        JsonNode seo = report.path("analysis").path("seo");
        assertFalse(seo.isEmpty(), report.path("analysis").toString());
        seo.forEach(check -> assertEquals("good", check.path("status").asText(), "the seed passes every SEO check: " + check));
        assertEquals(versionBefore, contentVersion.current(), "a dry run changes nothing");
        assertEquals(topicsBefore, (long) QuarkusTransaction.requiringNew().call(() -> Topic.count()));
        assertEquals(revisionsBefore, revisions(SeedText.SLUG).size(), "no revision either");
    }

    @Test
    void anArticleBecomesADraftThatRendersLikeTheSeedPage() {
        JsonNode report = importAndCheck("/articles/what-is-speech-therapy-for-kids.txt", SPEECH);
        assertEquals("DRAFT", report.path("status").asText());
        JsonNode revisions = revisions(SPEECH.slug());
        assertEquals("imported from US Trends", revisions.path(0).path("action").asText());
        assertEquals("US Trends", Api.read(Api.as(Api.ADMIN).get("/api/topics/" + SPEECH.slug() + "/revisions/1").asString())
                .path("document").path("source").asText(), "the revision keeps the source");
        JsonNode about = report.path("document").path("about");
        assertEquals("MedicalTherapy", about.path("type").asText());
        assertEquals("Speech therapy", about.path("name").asText());
    }

    @Test
    void sourcesBecomeTheListAfterTheArticleReadTodayUnlessTheArticleSaysWhen() {
        String slug = "how-to-calm-toddler-tantrums-with-sources";
        String article = Fixtures.text("/articles/how-to-calm-toddler-tantrums.txt")
                .replace("\nhow to calm toddler tantrums\n", "\nhow to calm toddler tantrums with sources\n")
                .replace("\nQuick FAQ\n", "\nSources\n\n  • Tantrums, explained, for parents, Child Health Institute, "
                        + "https://child.example/tantrums\n  • Calm-down corners, Play Council, https://play.example/calm, "
                        + "accessed 2026-11-01\n\nQuick FAQ\n");
        JsonNode report = Api.read(importer().body(article).post("/api/imports").then().statusCode(201).extract().asString());
        JsonNode sources = report.path("document").path("sources");
        assertEquals(2, sources.size());
        assertEquals("Tantrums, explained, for parents", sources.path(0).path("title").asText());
        assertEquals("Child Health Institute", sources.path(0).path("publisher").asText());
        assertEquals("https://child.example/tantrums", sources.path(0).path("url").asText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), sources.path(0).path("accessed").asText(),
                "the article does not say when: the day it was imported");
        assertEquals("2026-11-01", sources.path(1).path("accessed").asText());
        Api.publish(slug);
        Document page = Pages.get(Pages.topic(slug));
        assertEquals(List.of("Tantrums, explained, for parents", "Calm-down corners"),
                page.select("article .sources a").eachText());
        assertFalse(page.select("article section:not(.sources) h2").eachText().contains("Sources"),
                "no section of the page is called Sources");

        String http = article.replace("https://play.example/calm", "http://play.example/calm")
                .replace("with sources\n", "with an http source\n");
        JsonNode problem = Api.read(importer().body(http).post("/api/imports").then().statusCode(400).extract().asString());
        assertEquals("sources[1].url", problem.at("/errors/0/field").asText());
        assertTrue(problem.at("/errors/0/line").asInt() > 0, "the line of the source in the article: " + problem);
    }

    @Test
    void numberedStepsBecomeAnOrderedList() {
        importAndCheck("/articles/how-to-calm-toddler-tantrums.txt", TANTRUMS);
        Document page = Pages.get(Pages.topic(TANTRUMS.slug()));
        assertEquals(1, page.select("article ol.steps").size());
        assertEquals(TANTRUMS.steps(), page.select("article ol.steps > li").eachText());
    }

    /**
     * Steps are shown with the numbers the article gives them: 3 and 4 after a note between them and 1 and 2, a list
     * that starts at 10. Only a number that counting on would not give is written out ({@code <li value>}).
     */
    @Test
    void stepsKeepTheirArticlesNumbers() {
        String slug = "how-to-calm-toddler-tantrums-step-by-step";
        String article = Fixtures.text("/articles/how-to-calm-toddler-tantrums.txt")
                .replace("\nhow to calm toddler tantrums\n", "\nhow to calm toddler tantrums step by step\n")
                .replace("  3) Offer", "\nTake a slow breath yourself before the next step.\n\n  3) Offer")
                .replace("  • Tantrums that last", "  10. Tantrums that last")
                .replace("  • Hurting themselves", "  11. Hurting themselves");
        JsonNode items = Api.read(importer().body(article).post("/api/imports").then().statusCode(201).extract().asString())
                .at("/document/sections/1/items");
        assertEquals(List.of("null", "null", "null", "3", "null"), // only what counting on would not give
                List.of(items.path(0).path("number").asText("null"), items.path(1).path("number").asText("null"),
                        items.path(2).path("number").asText("null"), items.path(3).path("number").asText("null"),
                        items.path(4).path("number").asText("null")));
        Api.publish(slug);

        Document page = Pages.get(Pages.topic(slug));
        List<Element> lists = page.select("article ol.steps");
        assertEquals(3, lists.size());
        assertEquals(List.of("", ""), lists.get(0).select("> li").stream().map(li -> li.attr("value")).toList(),
                "1 and 2 count from 1");
        assertEquals(List.of("3", ""), lists.get(1).select("> li").stream().map(li -> li.attr("value")).toList(),
                "3, then 4 counting on");
        assertEquals(List.of("10", ""), lists.get(2).select("> li").stream().map(li -> li.attr("value")).toList());

        // Only steps have a number.
        ObjectNode document = (ObjectNode) Api.get(slug);
        ((ObjectNode) document.at("/sections/0/items/0")).put("number", 2);
        JsonNode problem = Api.read(Api.editor().body(Api.write(document)).put("/api/topics/" + slug).then()
                .statusCode(400).extract().asString());
        assertEquals("sections[0].items[0].number", problem.at("/errors/0/field").asText(), problem.toString());
    }

    @Test
    void aSectionOfParagraphsNoSeoNotesAndAgesFromTheTitle() {
        JsonNode report = importAndCheck("/articles/what-is-physical-therapy-for-babies.txt", PHYSICAL);
        assertEquals(0, report.path("document").path("audience").path("childMinAge").asInt());
        assertEquals(1, report.path("document").path("audience").path("childMaxAge").asInt(), "babies: up to a year");
        assertEquals("PhysicalTherapy", report.path("document").path("about").path("type").asText());
        Document page = Pages.get(Pages.topic(PHYSICAL.slug()));
        assertEquals(PHYSICAL.sectionText().get(0), page.select("article section").get(0).select("p").eachText());
    }

    @Test
    void parametersChooseWhatTheArticleDoesNotSay() {
        JsonNode report = Api.read(importer().body(Fixtures.text("/articles/what-is-adhd-in-kids.txt"))
                .queryParam("aboutType", "MedicalCondition").queryParam("aboutName", "Attention deficit hyperactivity disorder")
                .queryParam("childMinAge", "4").queryParam("childMaxAge", "17")
                .post("/api/imports").then().statusCode(201).extract().asString());
        JsonNode document = report.path("document");
        assertEquals("Attention deficit hyperactivity disorder", document.path("about").path("name").asText());
        assertEquals(4, document.path("audience").path("childMinAge").asInt());
        assertEquals(17, document.path("audience").path("childMaxAge").asInt());
        assertTrue(document.path("source").isNull(), "no source label line: no source");
        report.path("warnings").forEach(warning -> assertFalse(warning.path("message").asText().startsWith("Inferred"),
                "nothing was inferred: " + warning));
        Api.publish(ADHD.slug());
        checkPage(ADHD);
    }

    /**
     * Line ends, byte-order marks, tabs and blank lines change nothing: re-imported, the topic stays as it was, with no
     * new revision or version, and the page is the same.
     */
    @ParameterizedTest
    @ValueSource(strings = { "crlf", "cr", "bom+crlf", "tabs and trailing spaces", "extra blank lines" })
    void savedByAnotherEditorTheArticleImportsTheSame(String variant) {
        Map<String, UnaryOperator<String>> variants = Map.of(
                "crlf", text -> text.replace("\n", "\r\n"),
                "cr", text -> text.replace("\n", "\r"),
                "bom+crlf", text -> "\uFEFF" + text.replace("\n", "\r\n"),
                "tabs and trailing spaces", text -> text.replace("- ", "\t-\t").replace("\n", "  \t\n"),
                "extra blank lines", text -> text.replace("\n\n", "\n\n\n"));
        // The speech article under a title of its own, so this test owns its topic.
        String article = Fixtures.text("/articles/what-is-speech-therapy-for-kids.txt")
                .replace("\nwhat is speech therapy for kids\n", "\nwhat is speech therapy for kids at school\n");
        Expected expected = SPEECH.retitled("what-is-speech-therapy-for-kids-at-school",
                "What is speech therapy for kids at school?");
        ensureImported(article, expected.slug());
        String etag = Api.as(Api.ADMIN).get("/api/topics/" + expected.slug()).then().statusCode(200).extract().header("ETag");
        int revisions = revisions(expected.slug()).size();
        String text = variants.get(variant).apply(article);
        JsonNode report = Api.read(importer().header("If-Match", etag).body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/imports").then().statusCode(200).header("ETag", etag).extract().asString());
        assertFalse(report.path("dryRun").asBoolean());
        checkPage(expected);
        assertEquals(revisions, revisions(expected.slug()).size(), "nothing changed, so no revision");
    }

    static JsonNode revisions(String slug) {
        return Api
                .read(Api.as(Api.ADMIN).get("/api/topics/" + slug + "/revisions").then().statusCode(200).extract().asString());
    }

    private void ensureImported(String article, String slug) {
        if (Api.as(Api.ADMIN).get("/api/topics/" + slug).statusCode() == 404) {
            importer().body(article).post("/api/imports").then().statusCode(201);
            Api.publish(slug);
        }
    }

    /** Imports (once), publishes and checks the page; the report of the import. */
    private JsonNode importAndCheck(String fixture, Expected expected) {
        String body = importer().body(Fixtures.text(fixture)).post("/api/imports").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/topics/" + expected.slug()))
                .extract().asString();
        JsonNode report = Api.read(body);
        assertEquals(expected.slug(), report.path("slug").asText());
        Api.publish(expected.slug());
        checkPage(expected);
        return report;
    }

    static void checkPage(Expected expected) {
        Document page = Pages.get(Pages.topic(expected.slug()));
        Element article = page.selectFirst("article");
        assertEquals(expected.title(), article.selectFirst("h1").text());
        assertEquals(expected.intro(), article.select(".intro p").eachText());
        List<String> headings = new ArrayList<>(expected.headings());
        headings.add(expected.faqHeading());
        assertEquals(headings, article.select("h2:not(#sources)").eachText());
        List<Element> sections = article.select("section:not(.faq):not(.sources)");
        assertEquals(expected.sectionText().size(), sections.size());
        for (int i = 0; i < sections.size(); i++) {
            assertEquals(expected.sectionText().get(i), sections.get(i).select("li, p").eachText(), "section " + i);
        }
        assertEquals(expected.labels(), article.select("section li > strong").eachText());
        assertEquals(expected.steps(), article.select("ol.steps > li").eachText());
        if (expected.inSimpleTerms() == null) {
            assertTrue(page.select(".in-simple-terms").isEmpty());
        } else {
            assertEquals("In simple terms: " + expected.inSimpleTerms(), page.selectFirst(".in-simple-terms").text());
        }
        List<String> visibleFaq = article.select(".faq-entry").stream()
                .map(entry -> entry.selectFirst("h3").text() + " | " + entry.selectFirst("p").text()).toList();
        assertEquals(expected.faq(), visibleFaq);
        String text = Pages.visibleText(page);
        for (String scaffolding : List.of("US Trends", "SEO notes", "Bottom note line you requested", "focus phrase",
                "meta description")) {
            assertFalse(text.toLowerCase().contains(scaffolding.toLowerCase()), scaffolding + " is not page text");
        }
        JsonNode graph = Api.read(page.selectFirst("script[type=application/ld+json]").data()).path("@graph");
        List<String> structuredFaq = new ArrayList<>();
        for (JsonNode node : graph) {
            if (node.path("@type").toString().contains("FAQPage")) {
                node.path("mainEntity").forEach(question -> structuredFaq.add(question.path("name").asText() + " | "
                        + question.path("acceptedAnswer").path("text").asText()));
            }
        }
        assertEquals(visibleFaq, structuredFaq, "the JSON-LD FAQ is the visible FAQ");
    }
}
