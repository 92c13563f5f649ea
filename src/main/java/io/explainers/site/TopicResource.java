package io.explainers.site;

import io.explainers.content.PublishedTopics;
import io.explainers.content.Slugs;
import io.explainers.content.TopicView;
import io.explainers.jsonld.StructuredData;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;

/** An explainer page. */
@Path("/topics")
public class TopicResource {

    record topic(TopicView topic, PageMeta meta) implements TemplateInstance {
    }

    private final PublishedTopics topics;
    private final PageCache cache;
    private final PageResponses responses;
    private final StructuredData structuredData;
    private final Site site;

    TopicResource(PublishedTopics topics, PageCache cache, PageResponses responses, StructuredData structuredData, Site site) {
        this.topics = topics;
        this.cache = cache;
        this.responses = responses;
        this.structuredData = structuredData;
        this.site = site;
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
        if (!request.path().equals(Site.topicPath(canonical))) {
            return movedTo(canonical);
        }
        CachedPage page = cache.get(Site.topicPath(slug), () -> topics.find(slug).map(this::render).orElse(null));
        if (page != null) {
            return responses.of(page, headers);
        }
        return topics.currentSlugFor(slug).map(this::movedTo).orElseThrow(NotFoundException::new);
    }

    private Response movedTo(String slug) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create(site.topicUrl(slug)))
                .header(HttpHeaders.CACHE_CONTROL, responses.cacheControl())
                .build();
    }

    private CachedPage render(TopicView topic) {
        PageMeta meta = new PageMeta(
                topic.title() + " | " + site.name(),
                topic.title(),
                topic.metaDescription(),
                site.topicUrl(topic.slug()),
                "article",
                structuredData.forTopic(topic));
        return CachedPage.html(new topic(topic, meta).render(), topic.modifiedAt());
    }
}
