package io.explainers.ops;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.explainers.site.Messages;
import io.explainers.site.NotFoundPage;
import io.explainers.site.PageMeta;
import io.explainers.site.PageRenderer;
import io.explainers.web.Api;
import io.explainers.web.Language;
import io.explainers.web.Problem;
import io.explainers.web.Site;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.qute.TemplateInstance;

/**
 * When the database cannot be reached, a request that needs it gets a calm 503 with Retry-After instead of an
 * error: pages already rendered keep coming from the page cache, everything else waits for the database to return.
 */
public class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "30";

    record unavailable(PageMeta meta) implements TemplateInstance {
    }

    private final Site site;

    DatabaseUnavailable(Site site) {
        this.site = site;
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
        Response.ResponseBuilder response;
        if (Api.isApi(uri.getPath())) {
            response = Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The content database cannot be reached right now; nothing was changed. Try again in a minute.")
                    .at(uri.getPath()).toResponse());
        } else {
            Language language = NotFoundPage.languageOf(uri.getPath());
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
