package io.explainers.site;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicSummary;
import io.explainers.jsonld.StructuredData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** The home page: what the site is and every published topic. */
@Path("/")
public class HomeResource {

    /** The cache key of the home page, evicted whenever any topic changes. */
    public static final String PATH = "/";

    record home(List<TopicSummary> topics, PageMeta meta) implements TemplateInstance {
    }

    private final PublishedTopics topics;
    private final PageCache cache;
    private final PageResponses responses;
    private final StructuredData structuredData;
    private final Site site;

    HomeResource(PublishedTopics topics, PageCache cache, PageResponses responses, StructuredData structuredData, Site site) {
        this.topics = topics;
        this.cache = cache;
        this.responses = responses;
        this.structuredData = structuredData;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(HttpHeaders headers) {
        return responses.of(cache.get(PATH, this::render), headers);
    }

    private CachedPage render() {
        List<TopicSummary> published = topics.list();
        PageMeta meta = new PageMeta(
                site.name() + ": health explainers for parents",
                site.name(),
                site.description(),
                site.homeUrl(),
                "website",
                structuredData.forHome(published));
        return CachedPage.html(new home(published, meta).render(), PublishedTopics.lastModified(published, Instant.EPOCH));
    }
}
