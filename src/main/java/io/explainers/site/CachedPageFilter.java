package io.explainers.site;

import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.explainers.content.Slugs;
import io.explainers.web.FilterOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
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
 * <p>
 * This route answers the first request of each connection; it also puts a {@link CachedPageHandler} on the
 * connection, which answers the hits among the connection's next requests before Vert.x and the router see them.
 */
@Singleton
public class CachedPageFilter {

    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");

    private final PageCache cache;
    private final PageResponses responses;
    private final SecurityHeaders securityHeaders;
    private final Counter answeredOnConnections;
    /**
     * Set when the application begins to stop. Hits then go to the router again, whose graceful shutdown answers each
     * with {@code Connection: close}, so that clients move to another replica before this one closes their connections.
     */
    volatile boolean stopping;

    CachedPageFilter(PageCache cache, PageResponses responses, SecurityHeaders securityHeaders, MeterRegistry registry) {
        this.cache = cache;
        this.responses = responses;
        this.securityHeaders = securityHeaders;
        this.answeredOnConnections = Counter.builder("explainers.page.cache.connection.hits")
                .description("Cache hits answered by the connection's own handler, before Vert.x and the router "
                        + "(a part of explainers_page_cache_requests_total{result=\"hit\"})")
                .register(registry);
    }

    void register(@Observes Router router) {
        router.route().order(FilterOrder.CACHED_PAGES).handler(this::serve);
    }

    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        CachedPageHandler.install(request, this);
        HttpMethod method = request.method();
        boolean head = method == HttpMethod.HEAD;
        // Only resources store pages, under the exact canonical path and query they answered (a page of the home page
        // is /?page=2), so a hit is always canonical; any other query goes to the resources, except a topic page's, which
        // the page ignores (key).
        PageReply reply = method == HttpMethod.GET || head ? reply(key(request), request.headers()::get) : null;
        if (reply == null) {
            context.next(); // the resources answer
            return;
        }
        untimed(context);
        HttpServerResponse response = context.response().setStatusCode(reply.status());
        headers(reply, response.headers()::set);
        if (reply.body() == null || head) {
            response.end();
        } else {
            response.end(Buffer.buffer(reply.body()));
        }
    }

    /**
     * The answer to a GET or HEAD for {@code target} (a path and its query, as sent), or null when the router must
     * answer it: the page is not cached.
     */
    PageReply reply(String target, Function<CharSequence, String> requestHeader) {
        CachedPage page = cache.hit(target);
        // Accept is not read: every address of the site has one form (a page, a sitemap, robots.txt, a card), which is
        // sent whatever the request accepts, as RFC 9110 12.5.1 allows. A 406 told a crawler that asked for robots.txt
        // with an HTML-only Accept that the site has no rules, and the answer would have needed Vary: Accept.
        if (page == null) {
            return null;
        }
        return responses.reply(page, 200, requestHeader.apply(HttpHeaders.IF_NONE_MATCH),
                requestHeader.apply(HttpHeaders.IF_MODIFIED_SINCE), requestHeader.apply(HttpHeaders.ACCEPT_ENCODING));
    }

    /** A hit's response headers, in the order they are sent, whichever of the two ways the hit is answered. */
    void headers(PageReply reply, BiConsumer<CharSequence, CharSequence> header) {
        securityHeaders.each(header);
        if (reply.body() != null) {
            header.accept(HttpHeaders.CONTENT_TYPE, reply.contentType());
            if (reply.gzip()) {
                header.accept(HttpHeaders.CONTENT_ENCODING, GZIP);
            }
        }
        header.accept(HttpHeaders.ETAG, reply.etag());
        header.accept(HttpHeaders.LAST_MODIFIED, reply.lastModified());
        header.accept(HttpHeaders.CACHE_CONTROL, reply.cacheControl());
        header.accept(HttpHeaders.VARY, PageReply.VARY);
        header.accept(HttpHeaders.DATE, HttpDates.now());
        if (reply.body() != null) {
            header.accept(HttpHeaders.CONTENT_LENGTH, Integer.toString(reply.body().length));
        }
    }

    void answeredOnConnection() {
        answeredOnConnections.increment();
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

    /** The request's page in the cache: its path and query, as sent, but a topic page's path alone ({@link #key(String)}). */
    public static String key(HttpServerRequest request) {
        String query = request.query();
        return query == null || Slugs.isTopicPath(request.path()) ? request.path() : request.path() + '?' + query;
    }

    /**
     * The cache key of a request-target, a path and its query as sent, before Vert.x has looked at it (on the
     * connection, {@link CachedPageHandler}). A topic page answers any query with the same page ({@link TopicResource}),
     * and shared links carry campaign parameters ({@code ?utm_source=newsletter}): those requests are hits, answered as
     * fast as the page without them and without a worker thread. But only a query made of what a URI's query may hold
     * (RFC 3986) is dropped here: Vert.x answers some others 400 ({@code ?a"b}, {@code ?%zz}), and the connection
     * must not answer them otherwise; what remains goes to the router, which judges it and then finds the hit under
     * {@link #key(HttpServerRequest)}.
     */
    static String key(String target) {
        int query = target.indexOf('?');
        if (query < 0 || !Slugs.isTopicPath(target.substring(0, query)) || !UriQuery.isPlain(target, query + 1)) {
            return target;
        }
        return target.substring(0, query);
    }
}
