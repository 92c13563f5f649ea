package io.explainers.ops;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.explainers.site.CachedPageFilter;
import io.explainers.site.Messages;
import io.explainers.site.NotFoundPage;
import io.explainers.site.PageCache;
import io.explainers.site.PageMeta;
import io.explainers.site.PageRenderer;
import io.explainers.web.Api;
import io.explainers.web.Language;
import io.explainers.web.Problem;
import io.explainers.web.Site;
import io.explainers.web.WithoutDatabase;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * When the database cannot be reached, a request that needs it gets a calm 503 with Retry-After instead of an
 * error: pages already rendered keep coming from the page cache, everything else waits for the database to return.
 * <p>
 * Once the database is known not to answer ({@link DatabaseHealth}: a request just failed to reach it, or the last
 * check did not), such requests get the 503 at once, on the event loop. Otherwise, behind a network partition, each of
 * them would hold a worker thread until the driver gave up, and a crawl of pages that are not in the cache would soon
 * hold them all, the editorial API's with them.
 */
public class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "30";
    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    record unavailable(PageMeta meta) implements TemplateInstance {
    }

    private final Site site;
    private final DatabaseHealth database;
    private final PageCache cache;

    DatabaseUnavailable(Site site, DatabaseHealth database, PageCache cache) {
        this.site = site;
        this.database = database;
        this.cache = cache;
    }

    /**
     * The editorial API, before anything else: authenticating an editor looks them up in the database, and that comes
     * before the other filters. Judged by the path as routing reads it (dot segments, doubled slashes, percent-encoded
     * letters and matrix parameters are all ways to reach the API).
     */
    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public Optional<Response> beforeAuthenticating(RoutingContext routing) {
        if (database.reachable()) {
            return Optional.empty();
        }
        String path = MATRIX_PARAMETERS.matcher(routing.normalizedPath()).replaceAll("");
        if (!Api.isApi(path)) {
            return Optional.empty();
        }
        database.recheck();
        return Optional.of(answer(path));
    }

    /** On the event loop: a request that needs the database does not queue for a worker thread to wait for it. */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION) // Quarkus runs these first
    public Optional<Response> beforeQueueing(SimpleResourceInfo resource, HttpServerRequest request) {
        return whileUnreachable(resource, request);
    }

    /** On the worker thread: the database may have gone away while the request queued for it. */
    @ServerRequestFilter
    public Optional<Response> beforeAnswering(SimpleResourceInfo resource, HttpServerRequest request) {
        return whileUnreachable(resource, request);
    }

    private Optional<Response> whileUnreachable(SimpleResourceInfo resource, HttpServerRequest request) {
        // Under the key the cache finds the request's page by: a topic page's ignores the query (?utm_source=), the home
        // page's does not (/?page=2 is another page, which would need the database).
        if (database.reachable() || resource.getResourceClass().isAnnotationPresent(WithoutDatabase.class)
                || cache.peek(CachedPageFilter.key(request)) != null) {
            return Optional.empty();
        }
        database.recheck();
        return Optional.of(answer(request.path()));
    }

    // ArcUndeclaredThrowableException: a @Transactional method whose commit failed throws the checked RollbackException
    // wrapped in it, with the driver's error only as a suppressed exception (as when the database shut down between a
    // read-only query and its commit); other such exceptions stay a 500.
    @ServerExceptionMapper({ PersistenceException.class, SQLException.class, ArcUndeclaredThrowableException.class })
    public Response unavailable(Exception e, UriInfo uri) {
        if (!isConnectionFailure(e)) {
            LOG.errorf(e, "Database error while answering %s", uri.getPath());
            if (Api.isApi(uri.getPath())) {
                return Problem.internalError().at(uri.getPath()).toResponse(); // the API answers in problem+json, always
            }
            return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE).entity("Internal Server Error").build();
        }
        LOG.warnf("Database unreachable while answering %s: %s", uri.getPath(), e.getMessage());
        database.unreachable();
        return answer(uri.getPath());
    }

    private Response answer(String path) {
        Response.ResponseBuilder response;
        if (Api.isApi(path)) {
            response = Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The content database cannot be reached right now; nothing was changed. Try again in a minute.")
                    .at(path).toResponse());
        } else {
            Language language = NotFoundPage.languageOf(path);
            Messages messages = PageRenderer.messagesIn(language);
            PageMeta meta = PageMeta.website(messages.unavailableHeadline() + " | " + site.name(),
                    messages.unavailableHeadline(), messages.unavailableDescription(), null, null).in(language, List.of());
            response = Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(PageRenderer.renderIn(new unavailable(meta), language));
        }
        return response.header("Retry-After", RETRY_AFTER_SECONDS).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A failure to reach the database, as opposed to a query the database refused. */
    static boolean isConnectionFailure(Throwable e) {
        return isConnectionFailure(e, 0);
    }

    /** Follows the causes and, for a failed commit, the suppressed exceptions that carry the driver's error. */
    private static boolean isConnectionFailure(Throwable e, int depth) {
        for (Throwable cause = e; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isConnectionFailure(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("57P")) {
                // PostgreSQL ends or refuses the session because the server is going away or not back yet: 57P01
                // admin_shutdown ("terminating connection due to administrator command", a fast stop or failover while
                // a query runs), 57P02 crash_shutdown, 57P03 cannot_connect_now ("the database system is starting
                // up"). Not 57014 (a cancelled query), which is the query's fault, not an outage.
                return true;
            }
            if (cause instanceof org.hibernate.JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true; // the pool could not hand out a working connection, whatever the driver said
            }
        }
        return false;
    }
}
