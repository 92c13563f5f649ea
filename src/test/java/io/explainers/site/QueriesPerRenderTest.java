package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.explainers.SeedText;
import io.explainers.TestTopics;
import io.explainers.content.FaqEntry;
import io.explainers.content.Section;
import io.explainers.content.SectionItem;
import io.explainers.content.Slugs;
import io.explainers.content.Topic;
import io.explainers.content.TopicSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page that is not in the cache costs the same few queries however long its topic is: the topic with its reviewer,
 * original and sections in one query, then the items of all sections, its FAQ, its sources and its other editions in
 * one each. (The content version, read with plain JDBC for Last-Modified, is not counted here.)
 */
@QuarkusTest
class QueriesPerRenderTest {

    /** Topic with reviewer, original and sections; all sections' items; FAQ; sources; other editions. */
    static final int QUERIES_PER_TOPIC_PAGE = 5;

    @Inject
    PageCache cache;
    @Inject
    TestTopics topics;

    @Test
    void theSeedPageCostsTheTopicsQueries() {
        List<String> queries = queriesForColdRender(Slugs.topicPath(SeedText.SLUG));
        assertEquals(QUERIES_PER_TOPIC_PAGE, queries.size(), String.join("\n", queries));
    }

    @Test
    void aLongTopicCostsNoMoreQueriesThanTheSeed() {
        String slug = "queries-per-render-long";
        topics.publishedWithText(slug, "long topic");
        topics.change(slug, topic -> lengthen(topic, 40, 6, 10, 5));
        Document page = Jsoup.parse(renderedCold(Slugs.topicPath(slug)));
        assertEquals(40, page.select("h2[id^=section-]").size(), "each added section once, in order");
        assertEquals("Section 40", page.select("h2[id^=section-]").last().text());

        List<String> seed = queriesForColdRender(Slugs.topicPath(SeedText.SLUG));
        List<String> longTopic = queriesForColdRender(Slugs.topicPath(slug));
        assertEquals(seed.size(), longTopic.size(),
                "a topic of 41 sections, 11 FAQ entries and 5 sources costs what the seed costs:\n"
                        + String.join("\n", longTopic));
    }

    private static void lengthen(Topic topic, int sections, int itemsEach, int faq, int sources) {
        for (int s = 1; s <= sections; s++) {
            List<SectionItem> items = new ArrayList<>();
            for (int i = 1; i <= itemsEach; i++) {
                items.add(i % 2 == 0 ? SectionItem.paragraph("Paragraph " + i + " of section " + s)
                        : SectionItem.bullet("Label " + i + ":", "Bullet " + i + " of section " + s));
            }
            topic.addSection(new Section("Section " + s, items));
        }
        for (int f = 1; f <= faq; f++) {
            topic.faq.add(new FaqEntry("Question " + f + "?", "Answer " + f + "."));
        }
        for (int r = 1; r <= sources; r++) {
            topic.sources.add(new TopicSource("Source " + r, "Publisher " + r, "https://source.example/" + r,
                    LocalDate.of(2026, 1, r)));
        }
        topic.modifiedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The statements a rendering of {@code path} sends when the page is not in the cache. The fewer of two renderings:
     * the log hears every thread, and a scheduled job (the overdue-review count) may query during one of them.
     */
    private List<String> queriesForColdRender(String path) {
        renderedCold(path); // a first rendering may load what every page shares
        List<String> first = SqlLog.during(() -> renderedCold(path));
        List<String> second = SqlLog.during(() -> renderedCold(path));
        return first.size() <= second.size() ? first : second;
    }

    private String renderedCold(String path) {
        cache.evictAll();
        return given().get(path).then().statusCode(200).extract().asString();
    }
}
