package io.explainers.editorial;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the API answers. Generic HTTP errors use type {@code about:blank}
 * with the status phrase as title; the API's own problems have a type of their own. Validation problems list the
 * offending fields; a version conflict carries the current version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPES = "tag:explainers,2026:problems/";
    // Own writer: problems must be writable whatever the API's object mapper is set to, even from other packages.
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null, null);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    static Problem typed(String type, String title, Response.Status status, String detail) {
        return new Problem(TYPES + type, title, status.getStatusCode(), detail, null, null, null);
    }

    static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPES + "invalid-request", "The request is not valid", 400, detail, null, List.copyOf(errors), null);
    }

    static Problem invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    static Problem topicNotFound(String slug) {
        return typed("topic-not-found", "No such topic", Response.Status.NOT_FOUND, "There is no topic with the slug " + slug + ".");
    }

    static Problem staleVersion(long current, Long basedOn) {
        String detail = basedOn == null
                ? "The topic changed while this request was being handled; get it again (version " + current + ") and reapply your change."
                : "The request is based on version " + basedOn + " but the topic is now at version " + current
                        + "; get it again and reapply your change.";
        return new Problem(TYPES + "stale-version", "The topic has changed", 409, detail, null,
                List.of(new FieldError("version", "is not the current version " + current)), current);
    }

    /** For an address under {@code /api/} that matches nothing: the API answers in problem+json, not with a page. */
    public static Response noSuchResource(String path) {
        return of(Response.Status.NOT_FOUND, "Nothing here: " + path + " is not an address of the API.").toResponse();
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, currentVersion);
    }

    public Response toResponse() {
        try {
            return Response.status(status)
                    .type(MEDIA_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(JSON.writeValueAsString(this))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is strings and numbers; it always serialises", e);
        }
    }
}
