package io.explainers.web;

/**
 * The order of everything that sees a request before a resource method, written out once. A request meets, in turn:
 * <ol>
 * <li>{@link #CACHED_PAGES} ({@code site.CachedPageFilter}): a router route right after the few Quarkus puts first
 * (start time, body handler); a cached page is answered here, before anything below runs. From a connection's second
 * request on, a cached page does not even reach the router: {@code site.CachedPageHandler} answers it on the
 * connection.</li>
 * <li>{@link #SECURITY_HEADERS} ({@code site.SecurityHeaders}) and {@link #LOGIN_THROTTLE}
 * ({@code editorial.LoginThrottle}): Quarkus route filters, highest priority first. Both come before the body limit, so
 * a 413 carries the security headers and a throttled client is refused before its body matters.</li>
 * <li>{@link #BODY_LIMIT} ({@code editorial.ApiBodyLimit}): refuses a declared body over the server's limit.</li>
 * <li>{@link #STATIC_FILE_LIFETIMES} ({@code site.StaticFileLifetimes}): how long a static file may be kept, set when
 * Quarkus's static handler has answered.</li>
 * <li>Authentication (lazy: when a secured resource is reached), routing, then the JAX-RS request filters, among
 * them {@code editorial.CrossSiteRequests} at the default user priority.</li>
 * </ol>
 * Quarkus runs route filters (io.quarkus.vertx.http.runtime.filters.Filters) with the highest priority first;
 * router routes run with the lowest order first.
 */
public final class FilterOrder {

    /** A router order, not a filter priority: lower runs first. */
    public static final int CACHED_PAGES = Integer.MIN_VALUE + 2;
    /**
     * The router's failure handler for requests it refuses before any route runs ({@code web.RefusedRequests}): first
     * among failure handlers, before Quarkus's error page.
     */
    public static final int REFUSED_REQUESTS = Integer.MIN_VALUE + 2;
    /** Route filter priorities: higher runs first. */
    public static final int SECURITY_HEADERS = 100;
    public static final int LOGIN_THROTTLE = 100;
    public static final int BODY_LIMIT = 90;
    public static final int STATIC_FILE_LIFETIMES = 80;

    private FilterOrder() {
    }
}
