package io.explainers.site;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicSummary;
import io.explainers.jsonld.StructuredData;
import io.explainers.web.Api;
import io.explainers.web.Problem;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The page a visitor gets for an address that leads nowhere: a way home and a few recent topics. An address that no
 * resource matches is answered on the event loop, where the database must not be touched, so the page is made from
 * what {@link ReadNext} already holds in memory.
 */
public class NotFoundPage {

    /** Cache key: not a path any request can have, since requests always start with a slash. */
    public static final String KEY = "not-found";

    record notFound(List<TopicSummary> topics, PageMeta meta) implements TemplateInstance {
    }

    private final ReadNext latest;
    private final PageCache cache;
    private final PageResponses responses;
    private final StructuredData structuredData;
    private final Site site;

    NotFoundPage(ReadNext latest, PageCache cache, PageResponses responses, StructuredData structuredData, Site site) {
        this.latest = latest;
        this.cache = cache;
        this.responses = responses;
        this.structuredData = structuredData;
        this.site = site;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        if (Api.isApi(uri.getPath())) {
            return Problem.noSuchResource(uri.getPath()); // the API answers in problem+json, not with a page
        }
        return responses.of(page(), headers, Response.Status.NOT_FOUND);
    }

    private CachedPage page() {
        return latest.latest()
                .map(topics -> cache.get(KEY, () -> render(topics)))
                // Not kept: the topics could not be read yet (the database was away at start).
                .orElseGet(() -> render(List.of()));
    }

    private CachedPage render(List<TopicSummary> topics) {
        PageMeta meta = new PageMeta("Page not found | " + site.name(), "Page not found",
                "The page you were looking for is not here. Find every explainer on " + site.name() + "’s home page.",
                null, "website", structuredData.forSite());
        return CachedPage.html(new notFound(topics, meta).render(), PublishedTopics.lastModified(topics, Instant.EPOCH));
    }
}
