package io.explainers.ops;

import io.explainers.site.PageMeta;
import io.explainers.web.Api;
import io.explainers.web.Problem;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

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

    @ServerExceptionMapper({PersistenceException.class, SQLException.class})
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
            PageMeta meta = new PageMeta("Back in a moment | " + site.name(), "Back in a moment",
                    "This page cannot be shown right now.", null, "website", null);
            response = Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(new unavailable(meta).render());
        }
        return response.header("Retry-After", RETRY_AFTER_SECONDS).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A failure to reach the database, as opposed to a query the database refused. */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            if (cause instanceof org.hibernate.JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true; // the pool could not hand out a working connection, whatever the driver said
            }
        }
        return false;
    }
}
