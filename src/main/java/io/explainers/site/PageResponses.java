package io.explainers.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.zip.GZIPOutputStream;

/** Turns a page into the HTTP response a browser or a CDN should get: validators, 304s, gzip, cache lifetimes. */
@ApplicationScoped
public class PageResponses {

    private final String cacheControl;

    PageResponses(HttpCacheConfig config) {
        this.cacheControl = "public, max-age=" + config.maxAge()
                + ", stale-while-revalidate=" + config.staleWhileRevalidate()
                + ", stale-if-error=" + config.staleIfError();
    }

    public String cacheControl() {
        return cacheControl;
    }

    public Response of(CachedPage page, HttpHeaders request) {
        return of(page, request, Response.Status.OK);
    }

    /** A cached page; any status but 200 (the 404 page) is sent in full and not kept by shared caches for long. */
    public Response of(CachedPage page, HttpHeaders request, Response.Status status) {
        boolean gzip = page.hasGzip() && acceptsGzip(request);
        Response.ResponseBuilder response;
        if (status == Response.Status.OK && notModified(request, page.etag(), page.lastModified())) {
            response = Response.notModified();
        } else {
            response = Response.status(status).entity(gzip ? page.gzip() : page.plain()).type(page.contentType());
        }
        return finish(response, gzip, gzip ? page.gzipEtag() : page.etag(), page.lastModified(),
                status == Response.Status.OK ? cacheControl : "no-cache");
    }

    /** A body too large to hold in memory, written as it is produced; its validators are known before it is written. */
    public Response streamed(StreamingOutput body, String contentType, String etag, Instant lastModified, HttpHeaders request) {
        boolean gzip = acceptsGzip(request);
        Response.ResponseBuilder response;
        if (notModified(request, etag, lastModified)) {
            response = Response.notModified();
        } else {
            StreamingOutput encoded = gzip
                    ? out -> {
                        try (GZIPOutputStream compressed = new GZIPOutputStream(out, 8192)) {
                            body.write(compressed);
                        }
                    }
                    : body;
            response = Response.ok(encoded, contentType);
        }
        return finish(response, gzip, gzip ? CachedPage.gzipEtag(etag) : etag, lastModified, cacheControl);
    }

    private static Response finish(Response.ResponseBuilder response, boolean gzip, String etag, Instant lastModified,
            String cacheControl) {
        if (gzip) {
            response.header("Content-Encoding", "gzip");
        }
        return response
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS)))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
    }

    /**
     * RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since. The plain and the gzip ETag of one
     * version both match, since a client may have either.
     */
    static boolean notModified(HttpHeaders request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String gzipEtag = CachedPage.gzipEtag(etag);
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag) || candidate.equals(gzipEtag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored, as RFC 9110 asks
            }
        }
        return false;
    }

    static boolean acceptsGzip(HttpHeaders request) {
        String acceptEncoding = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].replace(" ", "").matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
