package io.explainers.site;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.explainers.web.Site;
import io.explainers.web.WithoutDatabase;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

/** robots.txt: crawl the site, not the API or the operations endpoints; the sitemap is here. */
// On the event loop: it must answer while every worker thread waits on an unreachable database.
@NonBlocking
@WithoutDatabase
@Path("/robots.txt")
public class RobotsResource {

    static final String TEXT = "text/plain;charset=UTF-8";

    private final PageCache cache;
    private final PageResponses responses;
    private final PageRenderer pages;
    private final Site site;

    RobotsResource(PageCache cache, PageResponses responses, PageRenderer pages, Site site) {
        this.cache = cache;
        this.responses = responses;
        this.pages = pages;
        this.site = site;
    }

    @GET
    public Response robots(HttpHeaders headers, HttpServerRequest request) {
        // Compared with the raw path, as every fixed address is: /robots.txt/ and /robots.txt;x are not a second copy.
        if (!request.path().equals("/robots.txt")) {
            return pages.movedTo("/robots.txt", request);
        }
        return responses.of(cache.get("/robots.txt", this::render), headers);
    }

    private CachedPage render() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /q/

                Sitemap: %s
                """.formatted(site.url(SitemapResource.SITEMAP_PATH));
        return CachedPage.ofConfiguration(TEXT, body.getBytes(StandardCharsets.UTF_8));
    }
}
