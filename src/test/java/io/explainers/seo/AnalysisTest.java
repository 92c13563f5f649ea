package io.explainers.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.content.TopicView;
import io.explainers.content.TopicViews;

/** Each check on a small page that passes it, then on a variation that does not. */
class AnalysisTest {

    static final String META = "Learn what sensory play for toddlers is, why it matters for growing minds, and simple ideas "
            + "you can try at home this week.";

    static PageContent page(UnaryOperator<Builder> change) {
        return change.apply(new Builder()).build();
    }

    /** A page that passes every SEO check but body length, with one place to vary each input. */
    static class Builder {
        String slug = "what-is-sensory-play-for-toddlers";
        String title = "What is sensory play for toddlers?";
        String meta = META;
        List<String> intro = List.of("Sensory play for toddlers is play that uses the senses. It helps them learn.");
        List<TopicView.SectionView> sections = List.of(section("Why toddlers need sensory play", "It builds skills."));
        List<TopicView.FaqView> faq = List.of(new TopicView.FaqView("Is it messy?", "Often, and that is fine."));
        List<String> h1s = List.of(title);
        String renderedMeta = META;
        String headline = title;

        PageContent build() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("url", "https://example.org/topics/" + slug).put("name", title).put("headline", headline)
                    .put("description", meta);
            for (TopicView.FaqView entry : faq) {
                ObjectNode question = node.withArray("mainEntity").addObject().put("name", entry.question());
                question.putObject("acceptedAnswer").put("text", entry.answer());
            }
            if (faq.isEmpty()) {
                node.putArray("mainEntity");
            }
            TopicView topic = TopicViews.topic(slug, title)
                    .withFocusPhrase("what is sensory play for toddlers")
                    .withMetaDescription(meta)
                    .withIntroParagraphs(intro)
                    .withSections(sections)
                    .withFaqHeading("Quick answers")
                    .withFaq(faq);
            return new PageContent(topic, h1s, renderedMeta, node);
        }

        static TopicView.SectionView section(String heading, String paragraph) {
            return new TopicView.SectionView(heading, "section", List.of(new TopicView.Block(paragraph, null, false)));
        }
    }

    static String status(PageContent page, String id) {
        Analysis analysis = Analysis.of(page);
        return java.util.stream.Stream.concat(analysis.seo().stream(), analysis.readability().stream())
                .filter(check -> check.id().equals(id)).findFirst().orElseThrow().status().name().toLowerCase();
    }

    @Test
    void aGoodPagePassesEachCheck() {
        PageContent good = page(b -> b);
        for (String id : List.of("focus-phrase-in-title", "focus-phrase-in-introduction", "focus-phrase-in-subheading",
                "focus-phrase-in-meta-description", "meta-description-length", "slug", "single-h1", "faq", "structured-data",
                "reading-ease", "grade-level", "long-sentences", "longest-paragraph")) {
            assertEquals("good", status(good, id), id);
        }
        assertEquals("problem", status(good, "body-length"), "a few dozen words");
    }

    @Test
    void eachCheckNoticesWhatIsWrong() {
        assertEquals("improve", status(page(b -> {
            b.title = "Sensory play for toddlers: what is it?";
            return b;
        }), "focus-phrase-in-title"));
        assertEquals("problem", status(page(b -> {
            b.title = "Messy fun";
            return b;
        }), "focus-phrase-in-title"));
        assertEquals("improve", status(page(b -> {
            b.intro = List.of("Sensory play is great. Toddlers love it.");
            return b;
        }), "focus-phrase-in-introduction"));
        assertEquals("problem", status(page(b -> {
            b.intro = List.of("Here is a guide.", "Sensory play for toddlers matters.");
            return b;
        }), "focus-phrase-in-introduction"));
        assertEquals("problem", status(page(b -> {
            b.sections = List.of(Builder.section("Ideas", "Water."));
            return b;
        }), "focus-phrase-in-subheading"));
        assertEquals("improve", status(page(b -> {
            b.meta = "Short, but it has sensory play for toddlers in it, which is nice.";
            b.renderedMeta = b.meta;
            return b;
        }), "meta-description-length"));
        assertEquals("problem", status(page(b -> {
            b.meta = "A description about something else entirely, long enough to be shown in full by search engines, yes.";
            b.renderedMeta = b.meta;
            return b;
        }), "focus-phrase-in-meta-description"));
        assertEquals("improve", status(page(b -> {
            b.slug = "sensory-play-for-toddlers-guide";
            return b;
        }), "slug"));
        assertEquals("problem", status(page(b -> {
            b.slug = "messy-fun";
            return b;
        }), "slug"));
        assertEquals("problem", status(page(b -> {
            b.h1s = List.of(b.title, "Another");
            return b;
        }), "single-h1"));
        assertEquals("improve", status(page(b -> {
            b.faq = List.of();
            return b;
        }), "faq"));
        assertEquals("problem", status(page(b -> {
            b.faq = List.of(new TopicView.FaqView("Why?", " "));
            return b;
        }), "faq"));
        assertEquals("problem", status(page(b -> {
            b.headline = "Something else";
            return b;
        }), "structured-data"));
        assertEquals("problem", status(page(b -> {
            b.renderedMeta = "The page says another thing.";
            return b;
        }), "structured-data"));
    }

    @Test
    void readabilityThresholds() {
        String longSentence = "Sensory play for toddlers, which many families do every single day at home or at nursery, "
                + "uses sand, water, dough, rice and music to build skills.";
        PageContent dense = page(b -> {
            b.intro = List.of(longSentence, longSentence, "Short one.");
            return b;
        });
        assertEquals("improve", status(dense, "long-sentences"), "two of six sentences are long");
        PageContent denser = page(b -> {
            b.intro = List.of(longSentence, longSentence, longSentence, "Short one.");
            return b;
        });
        assertEquals("problem", status(denser, "long-sentences"), "three of seven sentences are long");
        String wall = "Word ".repeat(180).strip() + ".";
        assertEquals("improve", status(page(b -> {
            b.intro = List.of("Sensory play for toddlers is fun.", wall);
            return b;
        }), "longest-paragraph"));
        String hard = "Occupational therapists individualize developmental interventions considering sensory processing "
                + "characteristics.";
        assertEquals("problem", status(page(b -> {
            b.intro = List.of("Sensory play for toddlers helps.", hard, hard, hard);
            return b;
        }), "grade-level"));
    }
}
