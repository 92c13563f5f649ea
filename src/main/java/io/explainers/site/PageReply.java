package io.explainers.site;

/**
 * What to answer for a cached page, decided once and then written either straight to Vert.x (a cache hit, on the
 * event loop) or as a JAX-RS response (right after the page was rendered).
 *
 * @param body the bytes to send, or null for a 304
 */
record PageReply(int status, byte[] body, String contentType, boolean gzip, String etag, String lastModified,
        String cacheControl) {

    static final String VARY = "Accept-Encoding";
}
