package io.explainers.site;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicSummary;
import io.explainers.web.Api;
import io.explainers.web.Problem;
import io.quarkus.qute.TemplateInstance;

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
    private final PageRenderer pages;

    NotFoundPage(ReadNext latest, PageRenderer pages) {
        this.latest = latest;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        if (Api.isApi(uri.getPath())) {
            return Problem.noSuchResource(uri.getPath()); // the API answers in problem+json, not with a page
        }
        return pages.answer(page(), headers, Response.Status.NOT_FOUND);
    }

    private CachedPage page() {
        return latest.latest()
                .map(topics -> pages.cache().get(KEY, () -> render(topics)))
                // Not kept: the topics could not be read yet (the database was away at start).
                .orElseGet(() -> render(List.of()));
    }

    private CachedPage render(List<TopicSummary> topics) {
        String site = pages.site().name();
        PageMeta meta = PageMeta.website("Page not found | " + site, "Page not found",
                "The page you were looking for is not here. Find every explainer on " + site + "’s home page.",
                null, pages.structuredData().forSite());
        return CachedPage.html(new notFound(topics, meta).render(), PublishedTopics.lastModified(topics, Instant.EPOCH));
    }
}
