package io.explainers.web;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An RFC 9457 problem detail, the body of every error the API answers. Generic HTTP errors use type {@code about:blank}
 * with the status phrase as title; the API's own problems have a type of their own, made here and nowhere else, so
 * exception mappers and route filters answer alike. Validation problems list the offending fields; a version conflict
 * carries the current version.
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

    /** A problem of the API's own, {@code tag:explainers,2026:problems/<type>}. */
    public static Problem typed(String type, String title, Response.Status status, String detail) {
        return new Problem(TYPES + type, title, status.getStatusCode(), detail, null, null, null);
    }

    /** A problem of the API's own that names the fields (or article lines) it is about. */
    public static Problem typed(String type, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPES + type, title, status, detail, null, List.copyOf(errors), null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return typed("invalid-request", "The request is not valid", 400, detail, errors);
    }

    public static Problem invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static Problem topicNotFound(String slug) {
        return typed("topic-not-found", "No such topic", Response.Status.NOT_FOUND,
                "There is no topic with the slug " + slug + ".");
    }

    public static Problem staleVersion(long current, Long basedOn) {
        return staleVersion("topic", current, basedOn);
    }

    /** A change based on another version of the {@code what} (a topic, a reviewer) than the current one. */
    public static Problem staleVersion(String what, long current, Long basedOn) {
        String detail = basedOn == null
                ? "The " + what + " changed while this request was being handled; get it again (version " + current
                        + ") and reapply your change."
                : "The request is based on version " + basedOn + " but the " + what + " is now at version " + current
                        + "; get it again and reapply your change.";
        return new Problem(TYPES + "stale-version", "The " + what + " has changed", 409, detail, null,
                List.of(new FieldError("version", "is not the current version " + current)), current);
    }

    /**
     * A body over the server's limit of {@code maxBytes}: by its declared length when there is one (a route filter
     * refuses it before reading it), otherwise found out while reading it.
     */
    public static Problem tooLarge(String declaredLength, long maxBytes) {
        String detail = declaredLength == null
                ? "The body is larger than the API accepts (" + size(maxBytes) + ")."
                : "The body is " + declaredLength + " bytes; the API accepts at most " + maxBytes + ".";
        return of(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail);
    }

    /** "1 MB", "512 KB", "1500 bytes": a body limit as an editor reads it. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** Anything else that went wrong on the server; the detail never carries the exception. */
    public static Problem internalError() {
        return of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; nothing was changed. Try again, and tell us if it keeps happening.");
    }

    /** For an address under {@code /api/} that matches nothing: the API answers in problem+json, not with a page. */
    public static Response noSuchResource(String path) {
        return of(Response.Status.NOT_FOUND, "Nothing here: " + path + " is not an address of the API.").toResponse();
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, currentVersion);
    }

    /** The body, for a route filter that answers on the event loop, before JAX-RS. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is strings and numbers; it always serialises", e);
        }
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(toJson())
                .build();
    }
}
