package io.explainers.web;

import jakarta.ws.rs.Path;

/**
 * What the API is: everything under {@code /api}. Exception mappers, route filters and request filters in several
 * packages ask this one place, so the site's pages and the API's problem+json never disagree about a path.
 */
public final class Api {

    public static final String ROOT = "/api";

    private Api() {
    }

    /** A request path (or a resource's {@code @Path}) that belongs to the API. */
    public static boolean isApi(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }

    /** A JAX-RS resource class of the API, by its {@code @Path}: for checks made after routing. */
    public static boolean isApi(Class<?> resource) {
        Path path = resource == null ? null : resource.getAnnotation(Path.class);
        return path != null && isApi(path.value());
    }
}
