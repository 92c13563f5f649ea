package io.explainers.site;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The hot path: a GET or HEAD for a page that is in the {@link PageCache} is answered right here, on the event loop,
 * before any resource, template or database is involved. Anything else (a miss, a redirect, the API) goes on to the
 * resources, which render the page and put it in the cache for the next request.
 */
@Singleton
public class CachedPageFilter {

    /** After {@link SecurityHeaders} (priority 100), so cached pages carry them too. */
    static final int PRIORITY = 10;

    private final PageCache cache;
    private final PageResponses responses;

    CachedPageFilter(PageCache cache, PageResponses responses) {
        this.cache = cache;
        this.responses = responses;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        // Only resources store pages, under the exact canonical path they answered, so a hit is always canonical.
        CachedPage page = method == HttpMethod.GET || method == HttpMethod.HEAD ? cache.hit(request.path()) : null;
        MultiMap headers = request.headers();
        if (page == null || !accepts(headers.get(HttpHeaders.ACCEPT), page.contentType())) {
            context.next(); // the resources answer, 406 included
            return;
        }
        PageReply reply = responses.reply(page, 200, headers.get(HttpHeaders.IF_NONE_MATCH),
                headers.get(HttpHeaders.IF_MODIFIED_SINCE), headers.get(HttpHeaders.ACCEPT_ENCODING));
        HttpServerResponse response = context.response().setStatusCode(reply.status());
        MultiMap out = response.headers();
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
