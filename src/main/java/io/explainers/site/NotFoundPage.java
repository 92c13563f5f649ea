package io.explainers.site;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicSummary;
import io.explainers.editorial.Problem;
import io.explainers.editorial.ProblemMappers;
import io.explainers.jsonld.StructuredData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The page a visitor gets for an address that leads nowhere: a way home and the list of topics. */
public class NotFoundPage {

    /** Cache key: not a path any request can have, since requests always start with a slash. */
    public static final String KEY = "not-found";

    record notFound(List<TopicSummary> topics, PageMeta meta) implements TemplateInstance {
    }

    private final PublishedTopics topics;
    private final PageCache cache;
    private final PageResponses responses;
    private final StructuredData structuredData;
    private final Site site;

    NotFoundPage(PublishedTopics topics, PageCache cache, PageResponses responses, StructuredData structuredData, Site site) {
        this.topics = topics;
        this.cache = cache;
        this.responses = responses;
        this.structuredData = structuredData;
        this.site = site;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        if (ProblemMappers.isApi(uri.getPath())) {
            return Problem.noSuchResource(uri.getPath()); // the API answers in problem+json, not with a page
        }
        return responses.of(cache.get(KEY, this::render), headers, Response.Status.NOT_FOUND);
    }

    private CachedPage render() {
        List<TopicSummary> published = topics.list();
        PageMeta meta = new PageMeta("Page not found | " + site.name(), "Page not found",
                "The page you were looking for is not here. Find every explainer on " + site.name() + ".",
                null, "website", structuredData.forSite());
        return CachedPage.html(new notFound(published, meta).render(), PublishedTopics.lastModified(published, Instant.EPOCH));
    }
}
