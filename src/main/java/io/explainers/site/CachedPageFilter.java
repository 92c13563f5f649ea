package io.explainers.site;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.explainers.web.FilterOrder;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The hot path: a GET or HEAD for a page that is in the {@link PageCache} is answered right here, on the event loop,
 * as the first route of the router: before authentication, filters, resources, templates or the database. Public
 * pages need none of those, so they cost about what a static file server spends. Anything else (a miss, a redirect,
 * the API) goes on to the rest of the router, where the resources render the page and put it in the cache for the next
 * request. A hit is counted by the page cache ({@code explainers_page_cache_requests_total{result="hit"}}) and left
 * out of the HTTP server's per-request timer, which alone cost about a tenth of a hit (see src/bench/README.md); every
 * other request keeps its timer by route.
 */
@Singleton
public class CachedPageFilter {

    private final PageCache cache;
    private final PageResponses responses;
    private final SecurityHeaders securityHeaders;

    CachedPageFilter(PageCache cache, PageResponses responses, SecurityHeaders securityHeaders) {
        this.cache = cache;
        this.responses = responses;
        this.securityHeaders = securityHeaders;
    }

    void register(@Observes Router router) {
        router.route().order(FilterOrder.CACHED_PAGES).handler(this::serve);
    }

    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        // Only resources store pages, under the exact canonical path and query they answered (a page of the home page
        // is /?page=2), so a hit is always canonical; any other query goes to the resources.
        CachedPage page = method == HttpMethod.GET || method == HttpMethod.HEAD ? cache.hit(key(request)) : null;
        MultiMap headers = request.headers();
        if (page == null || !accepts(headers.get(HttpHeaders.ACCEPT), page.contentType())) {
            context.next(); // the resources answer, 406 included
            return;
        }
        PageReply reply = responses.reply(page, 200, headers.get(HttpHeaders.IF_NONE_MATCH),
                headers.get(HttpHeaders.IF_MODIFIED_SINCE), headers.get(HttpHeaders.ACCEPT_ENCODING));
        untimed(context);
        HttpServerResponse response = context.response().setStatusCode(reply.status());
        MultiMap out = response.headers();
        securityHeaders.apply(out);
        if (reply.body() != null) {
            out.set(HttpHeaders.CONTENT_TYPE, reply.contentType());
            if (reply.gzip()) {
                out.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        out.set(HttpHeaders.ETAG, reply.etag())
                .set(HttpHeaders.LAST_MODIFIED, reply.lastModified())
                .set(HttpHeaders.CACHE_CONTROL, reply.cacheControl())
                .set(HttpHeaders.VARY, PageReply.VARY)
                .set(HttpHeaders.DATE, HttpDates.now());
        if (reply.body() == null) {
            response.end();
        } else if (method == HttpMethod.HEAD) {
            out.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(reply.body().length));
            response.end();
        } else {
            response.end(Buffer.buffer(reply.body()));
        }
    }

    /**
     * The name the HTTP server metrics give a hit's route; {@code quarkus.micrometer.binder.http-server.ignore-patterns}
     * leaves it out, so a hit costs no timer, no tags and no series lookup.
     */
    static final String UNTIMED_ROUTE = "/page-cache-hit";

    private static void untimed(RoutingContext context) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(context);
        if (metric != null) {
            metric.setTemplatePath(UNTIMED_ROUTE);
        }
    }

    private static String key(HttpServerRequest request) {
        String query = request.query();
        return query == null ? request.path() : request.path() + '?' + query;
    }

    /** A rough but safe content negotiation: anything unclear goes to the resources, which negotiate properly. */
    static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.contains("*/*")) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return accept.contains(mediaType) || accept.contains(mediaType.substring(0, mediaType.indexOf('/') + 1) + "*");
    }
}
