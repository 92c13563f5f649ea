package io.explainers.site;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.explainers.content.PublishedTopics;
import io.explainers.content.Slugs;
import io.explainers.content.TopicSummary;
import io.explainers.content.TopicView;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** An explainer page. */
@Path("/topics")
public class TopicResource {

    record topic(TopicView topic, List<TopicSummary> readNext, PageMeta meta) implements TemplateInstance {
    }

    /** What every share card says under the title. */
    static final String CARD_TAGLINE = Brand.taglineAlone();

    private final PublishedTopics topics;
    private final PageRenderer pages;
    private final ReadNext readNext;
    private final ShareCards cards;

    TopicResource(PublishedTopics topics, PageRenderer pages, ReadNext readNext, ShareCards cards) {
        this.topics = topics;
        this.pages = pages;
        this.readNext = readNext;
        this.cards = cards;
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestPath String slug, HttpHeaders headers, HttpServerRequest request) {
        String canonical = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isSlug(canonical)) {
            throw new NotFoundException();
        }
        // Compared with the raw path, before any decoding or slash folding: one address per page.
        if (!request.path().equals(Slugs.topicPath(canonical))) {
            return movedTo(canonical);
        }
        return pages.cached(Slugs.topicPath(slug), () -> topics.find(slug).map(this::render).orElse(null), headers)
                .or(() -> topics.currentSlugFor(slug).map(this::movedTo))
                .orElseThrow(NotFoundException::new);
    }

    /** The topic's share card (og:image): drawn on the first request after the topic changed, then served from the cache. */
    @GET
    @Path("{slug}/card.png")
    @Produces(ShareCards.PNG)
    public Response card(@RestPath String slug, HttpHeaders headers) {
        if (!Slugs.isSlug(slug)) {
            throw new NotFoundException();
        }
        return pages.cached(ShareCards.path(slug), () -> topics.find(slug).map(this::renderCard).orElse(null), headers)
                .or(() -> topics.currentSlugFor(slug)
                        .map(current -> pages.movedTo(pages.site().url(ShareCards.path(current)))))
                .orElseThrow(NotFoundException::new);
    }

    private Response movedTo(String slug) {
        return pages.movedTo(pages.site().url(Slugs.topicPath(slug)));
    }

    private CachedPage render(TopicView topic) {
        List<TopicSummary> next = readNext.forTopic(topic.slug());
        // The page shows the titles of other topics too, so it is as new as the newest of them.
        Instant lastModified = PublishedTopics.lastModified(next, topic.modifiedAt());
        if (lastModified.isBefore(topic.modifiedAt())) {
            lastModified = topic.modifiedAt();
        }
        return CachedPage.html(html(topic, next), lastModified);
    }

    /** The page exactly as visitors get it; the editors' analysis reads the same HTML. */
    public String html(TopicView topic) {
        return html(topic, readNext.forTopic(topic.slug()));
    }

    private String html(TopicView topic, List<TopicSummary> next) {
        Site site = pages.site();
        PageMeta meta = PageMeta.article(topic.title() + " | " + site.name(), topic.title(), topic.metaDescription(),
                site.url(Slugs.topicPath(topic.slug())), pages.structuredData().forTopic(topic),
                new PageMeta.ShareImage(site.url(ShareCards.path(topic.slug())), ShareCards.WIDTH, ShareCards.HEIGHT,
                        cardAlt(topic.title())));
        return new topic(topic, next, meta).render();
    }

    private CachedPage renderCard(TopicView topic) {
        return CachedPage.compressed(ShareCards.PNG, cards.render(topic.title(), pages.site().name(), CARD_TAGLINE),
                topic.modifiedAt());
    }

    /** The card's text alternative says what the card shows. */
    String cardAlt(String title) {
        return "“" + title + "”, an explainer on " + pages.site().name();
    }
}
