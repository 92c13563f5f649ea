package io.explainers.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.explainers.content.PublishedTopics;
import io.explainers.content.Slugs;
import io.explainers.content.TopicSummary;
import io.explainers.content.TopicView;
import io.explainers.web.Language;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** An explainer page, in English at {@code /topics/{slug}} and in Spanish at {@code /es/temas/{slug}}. */
@Path("/")
public class TopicResource {

    record topic(TopicView topic, List<TopicSummary> readNext, PageMeta meta) implements TemplateInstance {
    }

    record gone(TopicSummary topic, List<TopicSummary> readNext, PageMeta meta) implements TemplateInstance {
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
    @Path("topics/{slug}")
    public Response show(@RestPath String slug, HttpHeaders headers, HttpServerRequest request) {
        return show(Language.ENGLISH, slug, headers, request);
    }

    @GET
    @Path("es/temas/{slug}")
    public Response showSpanish(@RestPath String slug, HttpHeaders headers, HttpServerRequest request) {
        return show(Language.SPANISH, slug, headers, request);
    }

    /** The topic's share card (og:image): drawn on the first request after the topic changed, then served from the cache. */
    @GET
    @Path("topics/{slug}/card.png")
    public Response card(@RestPath String slug, HttpHeaders headers, HttpServerRequest request) {
        return card(Language.ENGLISH, slug, headers, request);
    }

    @GET
    @Path("es/temas/{slug}/card.png")
    public Response cardSpanish(@RestPath String slug, HttpHeaders headers, HttpServerRequest request) {
        return card(Language.SPANISH, slug, headers, request);
    }

    private Response show(Language language, String slug, HttpHeaders headers, HttpServerRequest request) {
        String canonical = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isSlug(canonical)) {
            throw new NotFoundException();
        }
        // Compared with the raw path, before any decoding or slash folding: one address per page.
        if (!request.path().equals(Slugs.topicPath(language, canonical))) {
            return pages.movedTo(Slugs.topicPath(language, oneHop(language, canonical)), request);
        }
        return pages.cached(Slugs.topicPath(language, slug),
                () -> topics.find(language, slug).map(this::render).orElse(null), headers)
                .or(() -> topics.currentSlugFor(language, slug)
                        .map(current -> pages.movedTo(Slugs.topicPath(language, current), request)))
                .or(() -> topics.archived(language, slug).map(retired -> gone(language, retired, headers)))
                .orElseThrow(NotFoundException::new);
    }

    private Response card(Language language, String slug, HttpHeaders headers, HttpServerRequest request) {
        String canonical = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isSlug(canonical)) {
            throw new NotFoundException();
        }
        // One address per card, as per page: card.png/, card.png;x and capitals were served, or not found, as copies.
        if (!request.path().equals(ShareCards.path(language, canonical))) {
            return pages.movedTo(ShareCards.path(language, oneHop(language, canonical)), request);
        }
        return pages.cached(ShareCards.path(language, slug),
                () -> topics.find(language, slug).map(found -> renderCard(found.topic())).orElse(null), headers)
                .or(() -> topics.currentSlugFor(language, slug)
                        .map(current -> pages.movedTo(ShareCards.path(language, current), request)))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Where another spelling of {@code slug} ({@code /Topics/Old-Slug/}) leads: its current slug when it is a former
     * one, so that it takes one hop, not one to the former slug and another from there. A topic on the site as it is
     * needs no database to say so.
     */
    private String oneHop(Language language, String slug) {
        if (pages.cache().peek(Slugs.topicPath(language, slug)) != null) {
            return slug;
        }
        return topics.currentSlugFor(language, slug).orElse(slug);
    }

    /**
     * An archived topic: 410 Gone, so search engines drop it at once, with a calm page that leads on. Not kept in
     * the cache: archived addresses are rarely asked for, and the page is made from what is in memory but the topic.
     */
    private Response gone(Language language, TopicSummary retired, HttpHeaders headers) {
        Site site = pages.site();
        Messages messages = pages.messages(language);
        PageMeta meta = PageMeta.website(messages.goneTitle() + " | " + site.name(), messages.goneTitle(),
                messages.goneDescription(retired.title(), site.name()), null, pages.structuredData().forSite(language))
                .in(language, List.of());
        return pages.answer(CachedPage.html(pages.render(new gone(retired, readNext.forTopic(language, retired.slug()), meta),
                language), topics.lastChange()), headers, Response.Status.GONE);
    }

    private CachedPage render(PublishedTopics.Found found) {
        TopicView topic = found.topic();
        return CachedPage.html(html(topic, readNext.forTopic(topic.language(), topic.slug())), found.lastModified());
    }

    /** The page exactly as visitors get it; the editors' analysis reads the same HTML. */
    public String html(TopicView topic) {
        return new String(html(topic, readNext.forTopic(topic.language(), topic.slug())), StandardCharsets.UTF_8);
    }

    private byte[] html(TopicView topic, List<TopicSummary> next) {
        Site site = pages.site();
        PageMeta meta = PageMeta.article(topic.title() + " | " + site.name(), topic.title(), topic.metaDescription(),
                site.url(topic.path()), pages.structuredData().forTopic(topic, pages.messages(topic.language()).home()),
                new PageMeta.ShareImage(site.url(ShareCards.path(topic.language(), topic.slug())), ShareCards.WIDTH,
                        ShareCards.HEIGHT, cardAlt(topic.language(), topic.title())))
                .in(topic.language(), topic.editions().stream()
                        .map(edition -> PageMeta.Alternate.of(edition, site))
                        .toList());
        return pages.render(new topic(topic, next, meta), topic.language());
    }

    private CachedPage renderCard(TopicView topic) {
        String tagline = topic.language() == Language.ENGLISH ? CARD_TAGLINE
                : PageRenderer.sentence(pages.messages(topic.language()).tagline());
        return CachedPage.compressed(ShareCards.PNG, cards.render(topic.title(), pages.site().name(), tagline),
                topic.modifiedAt());
    }

    /** The card's text alternative says what the card shows. */
    String cardAlt(Language language, String title) {
        return pages.messages(language).cardAlt(title, pages.site().name());
    }
}
