package io.explainers.site;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;

import io.explainers.web.ExplainersConfig;
import io.vertx.core.http.HttpServerResponse;

/** Turns a page into the HTTP answer a browser or a CDN should get: validators, 304s, gzip, cache lifetimes. */
@ApplicationScoped
public class PageResponses {

    private static final Logger LOG = Logger.getLogger(PageResponses.class);

    private final String cacheControl;

    PageResponses(ExplainersConfig config) {
        ExplainersConfig.Http http = config.http();
        this.cacheControl = "public, max-age=" + http.maxAge()
                + ", stale-while-revalidate=" + http.staleWhileRevalidate()
                + ", stale-if-error=" + http.staleIfError();
    }

    public String cacheControl() {
        return cacheControl;
    }

    /**
     * The answer for a cached page. Only a 200 page can be answered with a 304, and only it may be kept by shared
     * caches for long: the 404 page is sent whole every time.
     */
    PageReply reply(CachedPage page, int status, String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        boolean gzip = page.hasGzip() && acceptsGzip(acceptEncoding);
        boolean ok = status == 200;
        boolean notModified = ok
                && notModified(ifNoneMatch, ifModifiedSince, page.etag(), page.gzipEtag(), page.lastModified());
        return new PageReply(notModified ? 304 : status,
                notModified ? null : gzip ? page.gzip() : page.plain(),
                page.contentType(), gzip,
                gzip ? page.gzipEtag() : page.etag(),
                page.lastModifiedNow(),
                ok ? cacheControl : "no-cache");
    }

    public Response of(CachedPage page, HttpHeaders request) {
        return of(page, request, Response.Status.OK);
    }

    public Response of(CachedPage page, HttpHeaders request, Response.Status status) {
        PageReply reply = reply(page, status.getStatusCode(), request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder response = Response.status(reply.status());
        if (reply.body() != null) {
            // Said outright, or a HEAD answered here, unlike one answered from the cache, went without it.
            response.entity(reply.body()).type(reply.contentType()).header(HttpHeaders.CONTENT_LENGTH, reply.body().length);
        }
        return finish(response, reply.gzip() && reply.body() != null, reply.etag(), reply.lastModified(), reply.cacheControl());
    }

    /**
     * A body too large to hold in memory, written as it is produced; its validators are known before it is written.
     * A body that fails once part of it is sent is cut off, the connection reset rather than the response ended, so
     * that no client or CDN takes what arrived for the whole body (a failure before that is answered as an error).
     */
    public Response streamed(StreamingOutput body, String contentType, String etag, Instant lastModified, HttpHeaders request,
            HttpServerResponse response) {
        boolean gzip = acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        String gzipEtag = CachedPage.gzipEtag(etag);
        String encodedEtag = gzip ? gzipEtag : etag;
        if (notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, gzipEtag, lastModified)) {
            return finish(Response.notModified(), false, encodedEtag, HttpDates.lastModified(lastModified), cacheControl);
        }
        StreamingOutput encoded = gzip
                ? out -> {
                    // Not closed on failure: closing would write the trailer of a complete gzip stream.
                    GZIPOutputStream compressed = new GZIPOutputStream(out, 8192);
                    body.write(compressed);
                    compressed.finish();
                }
                : body;
        return finish(Response.ok(cutOffOnFailure(encoded, response), contentType), gzip, encodedEtag,
                HttpDates.lastModified(lastModified),
                cacheControl);
    }

    private static StreamingOutput cutOffOnFailure(StreamingOutput body, HttpServerResponse response) {
        return out -> {
            try {
                body.write(out);
            } catch (IOException | RuntimeException | Error e) {
                if (response.headWritten()) {
                    LOG.warnf("A streamed %s failed after its start was sent; resetting the connection", response.headers()
                            .get(HttpHeaders.CONTENT_TYPE));
                    response.reset();
                }
                throw e;
            }
        };
    }

    /** {@code gzip}: the body sent is compressed; a 304 sends none, so it never says Content-Encoding. */
    private static Response finish(Response.ResponseBuilder response, boolean gzip, String etag, String lastModified,
            String cacheControl) {
        if (gzip) {
            response.header("Content-Encoding", "gzip");
        }
        return response
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, PageReply.VARY)
                .header(HttpHeaders.DATE, HttpDates.now())
                .build();
    }

    /**
     * RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since. The plain and the gzip ETag of one
     * version both match, since a client may hold either.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, String gzipEtag,
            Instant lastModified) {
        if (ifNoneMatch != null) {
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
        if (ifModifiedSince != null) {
            // An unreadable date is ignored, as RFC 9110 asks.
            // Compared at the header's resolution: a time with fractions of a second is after its own Last-Modified.
            Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
            return HttpDates.parse(ifModifiedSince).map(since -> !modified.isAfter(since)).orElse(false);
        }
        return false;
    }

    /**
     * RFC 9110 content coding negotiation for gzip: its own entry decides, else {@code *} does; a quality of zero
     * means "not acceptable". Names and parameters are case-insensitive; {@code x-gzip} is gzip.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts.length == 0) {
                continue; // nothing but semicolons
            }
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = gzip == null ? quality : Math.max(gzip, quality);
            } else if (name.equals("*")) {
                any = any == null ? quality : Math.max(any, quality);
            }
        }
        Double decisive = gzip != null ? gzip : any;
        return decisive != null && decisive > 0;
    }

    /** The {@code q} weight, 1 when absent; an unreadable or out-of-range weight counts as "not acceptable". */
    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] parameter = parameters[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                try {
                    double quality = Double.parseDouble(parameter[1].strip());
                    return quality >= 0 && quality <= 1 ? quality : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
