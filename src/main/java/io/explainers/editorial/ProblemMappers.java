package io.explainers.editorial;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.explainers.content.Topic;
import io.explainers.web.AllowedMethods;
import io.explainers.web.Api;
import io.explainers.web.FieldError;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every way an API request can fail into an RFC 9457 problem+json response with a 4xx status that says what
 * was wrong and, where there is one, names the field. Requests outside {@code /api/} keep the site's own handling.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String BASIC_CHALLENGE = "Basic realm=\"Explainers editorial API\", charset=\"UTF-8\"";

    private final ApiBodyLimit bodyLimit;
    private final AllowedMethods methods;

    ProblemMappers(ApiBodyLimit bodyLimit, AllowedMethods methods) {
        this.bodyLimit = bodyLimit;
        this.methods = methods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.problem().at(uri.getPath()).toResponse();
    }

    /** Malformed JSON, a value of the wrong type, an unknown or duplicated field: 400 naming the field. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a field of this document";
            } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                message = "must be " + expected(mismatch.getTargetType());
            } else {
                message = "has a value that cannot be read";
            }
            if (field.isEmpty()) {
                return Problem.invalid("The body is not the JSON object this request expects.",
                        List.of(new FieldError("body", message))).at(uri.getPath()).toResponse();
            }
            return Problem.invalid(field, message).at(uri.getPath()).toResponse();
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problem.invalid("The body is not valid JSON" + where + ": " + e.getOriginalMessage(),
                List.of(new FieldError("body", "is not valid JSON" + where))).at(uri.getPath()).toResponse();
    }

    /** Bean Validation outside the document checks (the API validates documents itself, so this is a backstop). */
    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri) {
        List<FieldError> errors = e instanceof jakarta.validation.ConstraintViolationException violations
                ? violations.getConstraintViolations().stream()
                        .map(v -> new FieldError(TopicDocuments.path(v).replaceFirst("^[^.]+\\.[^.]+\\.", ""), v.getMessage()))
                        .toList()
                : List.of();
        return Problem.invalid("The request is not valid.", errors).at(uri.getPath()).toResponse();
    }

    /**
     * Two changes raced and this one lost ({@code @Version} or a row that another transaction changed). The editor
     * gets the same 409 as for a stale version, with the version that won.
     */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class, PessimisticLockException.class,
            LockTimeoutException.class })
    public Response lostRace(RuntimeException e, UriInfo uri) {
        LOG.debugf(e, "Concurrent change to %s", uri.getPath());
        Long current = currentVersion(uri);
        Problem problem = current == null
                ? Problem.typed("concurrent-change", "The topic is being changed", Response.Status.CONFLICT,
                        "Someone else changed this topic at the same moment; get it again and reapply your change.")
                : Problem.staleVersion(current, null);
        return problem.at(uri.getPath()).toResponse();
    }

    /**
     * A unique key taken by a concurrent request (two editors creating the same slug at once). Any other constraint
     * the database refuses is a fault here, not a race (the API checks what it stores first): a 500, logged, so that no
     * client is told to try again what can never succeed.
     */
    @ServerExceptionMapper
    public Response conflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            LOG.errorf(e, "Constraint %s refused what %s stored", e.getConstraintName(), uri.getPath());
            return Problem.internalError().at(uri.getPath()).toResponse();
        }
        LOG.debugf(e, "Constraint %s violated by %s", e.getConstraintName(), uri.getPath());
        return Problem.typed("conflict", "Conflict", Response.Status.CONFLICT,
                "The change conflicts with another one made at the same moment (for example, the same slug); try again.")
                .at(uri.getPath()).toResponse();
    }

    // Ahead of Quarkus's own mappers for these, which answer with an empty body.
    @ServerExceptionMapper(value = { UnauthorizedException.class,
            AuthenticationFailedException.class }, priority = Priorities.USER - 100)
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response problem = Problem.of(Response.Status.UNAUTHORIZED,
                "Log in with the username and password of an editor or reviewer (HTTP Basic).").at(uri.getPath()).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(Response.Status.FORBIDDEN, "Your account does not have the role this needs: editors write, "
                + "publish, archive and restore; reviewers record reviews.").at(uri.getPath()).toResponse();
    }

    /**
     * HTTP errors raised before a resource method runs: 405, 406, 415 and the like. The API answers them in
     * problem+json with the original headers, and a 405 with the methods the address takes; the site keeps the plain
     * response, with the Allow header a 405 needs. 404 is the site's {@code NotFoundPage}, which hands API paths back
     * to {@link Problem#noSuchResource}.
     */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (!Api.isApi(uri.getPath())) {
            // Every address of the site but the API's is read with GET (and HEAD); RFC 9110 asks a 405 to say so.
            return original.getStatus() == 405 && !original.getHeaders().containsKey(HttpHeaders.ALLOW)
                    ? Response.fromResponse(original).header(HttpHeaders.ALLOW, AllowedMethods.SITE).build()
                    : original;
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus REST wraps JSON syntax errors in a 400 WebApplicationException.
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = original.getStatusInfo();
        Problem problem = switch (status.getStatusCode()) {
            case 405 -> Problem.of(405, status.getReasonPhrase(), "This address does not take that method.");
            case 406 -> Problem.of(406, status.getReasonPhrase(), "The API answers in application/json only.");
            case 413 -> Problem.tooLarge(null, bodyLimit.maxBytes());
            case 415 -> Problem.of(415, status.getReasonPhrase(), uri.getPath().startsWith("/api/imports")
                    ? "Send one article as text/plain; charset=utf-8, or several as multipart/form-data with a file part each."
                    : "Send the body as application/json.");
            default -> Problem.of(status.getStatusCode(), status.getReasonPhrase(), status.getReasonPhrase());
        };
        Response.ResponseBuilder response = Response.fromResponse(problem.at(uri.getPath()).toResponse());
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                header.getValue().forEach(value -> response.header(header.getKey(), value));
            }
        }
        if (status.getStatusCode() == 405) {
            response.header(HttpHeaders.ALLOW, methods.allow(uri.getPath()));
        }
        return response.build();
    }

    private static Long currentVersion(UriInfo uri) {
        String slug = uri.getPathParameters().getFirst("slug");
        if (slug == null) {
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> Topic.findBySlug(slug).map(topic -> topic.version).orElse(null));
    }

    /** Jackson's path as the JSON path an editor sees: {@code sections[0].items[1].text}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-27";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-11-27T09:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (a JSON array)";
        }
        return "an object";
    }
}
