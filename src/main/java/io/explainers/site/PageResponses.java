package io.explainers.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Turns a cached page into the HTTP response a browser or a CDN should get: validators, 304s, gzip. */
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

    public Response of(CachedPage page, HttpHeaders request, Response.Status status) {
        boolean gzip = acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? page.gzipEtag() : page.etag();
        Response.ResponseBuilder response;
        if (status == Response.Status.OK && notModified(page, request)) {
            response = Response.notModified();
        } else {
            response = Response.status(status).entity(gzip ? page.gzip() : page.plain()).type(page.contentType());
            if (gzip) {
                response.header("Content-Encoding", "gzip");
            }
        }
        return response
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, Date.from(page.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, status == Response.Status.OK ? cacheControl : "no-cache")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
    }

    static boolean notModified(CachedPage page, HttpHeaders request) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(page.etag()) || candidate.equals(page.gzipEtag())) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !page.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored, as RFC 9110 asks
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].strip().replace(" ", "");
                    if (param.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
