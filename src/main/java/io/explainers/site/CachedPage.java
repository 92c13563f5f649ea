package io.explainers.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A finished response body, in both encodings, with its validators. Made once per content version; serving it costs
 * no rendering, no compression and no database query. A body that is already compressed (a PNG) has no gzip form:
 * {@code gzip} is then {@code null} and it is always sent as it is.
 */
public record CachedPage(String contentType, byte[] plain, byte[] gzip, String etag, String gzipEtag, Instant lastModified,
        String lastModifiedHeader) {

    public static final String HTML = "text/html;charset=UTF-8";

    public static CachedPage of(String contentType, String body, Instant lastModified) {
        return of(contentType, body.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    /** A body already in UTF-8, as {@link PageRenderer#render} makes pages. */
    public static CachedPage of(String contentType, byte[] plain, Instant lastModified) {
        return compressing(contentType, plain, lastModified);
    }

    public static CachedPage html(byte[] body, Instant lastModified) {
        return of(HTML, body, lastModified);
    }

    /** A page made from the configuration and the build alone (About, robots.txt), made now. */
    public static CachedPage ofConfiguration(String contentType, byte[] plain) {
        return compressing(contentType, plain, Instant.now());
    }

    private static CachedPage compressing(String contentType, byte[] plain, Instant lastModified) {
        byte[] gzip = gzip(plain);
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        // The hash of the compressed body, a third of the plain one's length: gzip loses nothing and compresses the same
        // body to the same bytes, so two bodies differ exactly when their compressed forms do, and hashing the plain
        // body was a twentieth of a rendering.
        String etag = etagOf(gzip);
        return new CachedPage(contentType, plain, gzip, etag, gzipEtag(etag), seconds, HttpDates.format(seconds));
    }

    /** A body that gzip would not make smaller, such as an image. */
    public static CachedPage compressed(String contentType, byte[] body, Instant lastModified) {
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        String etag = etagOf(body);
        return new CachedPage(contentType, body, null, etag, gzipEtag(etag), seconds, HttpDates.format(seconds));
    }

    /**
     * The Last-Modified of a response sent now: the content's time, or now while a burst of changes runs that time
     * ahead of the clock (RFC 9110 8.8.2.1). Decided per response, not when the page was made: a page made during the
     * burst is dated with its true time once the clock has caught up, and answers If-Modified-Since with 304 again.
     */
    String lastModifiedNow() {
        return System.currentTimeMillis() < lastModified.toEpochMilli() ? HttpDates.now() : lastModifiedHeader;
    }

    public boolean hasGzip() {
        return gzip != null;
    }

    /**
     * A strong validator per encoding: the same content compressed is a different representation. Made with the page,
     * not per request.
     */
    static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    // What an entry of the page cache holds on the heap, on a 64-bit JVM with compressed references (12-byte object
    // headers, 16-byte array headers, 8-byte alignment). Counting the bodies alone left out a few hundred bytes a page
    // (the record, its date, the validators and date header as strings, the path that is the key and the cache's own
    // nodes), so a cache full of small pages could hold several times its bytes.

    /** The cache's entry for a page, apart from the key: its node and the hash table's node and slot. */
    static final int ENTRY_BYTES = 40 + 32 + 8;
    /** This record (seven references) and its {@link Instant}. */
    private static final int RECORD_BYTES = 40 + 24;

    /**
     * The heap this page retains when it is cached under {@code path}: the bodies, validators and date header, the record
     * and the cache's entry with its key. The content type is left out: it is a shared constant.
     */
    public int weight(String path) {
        return ENTRY_BYTES + RECORD_BYTES + stringBytes(path) + arrayBytes(plain.length)
                + (gzip == null ? 0 : arrayBytes(gzip.length)) + stringBytes(etag) + stringBytes(gzipEtag)
                + stringBytes(lastModifiedHeader);
    }

    static int arrayBytes(int length) {
        return align(16 + length);
    }

    /** A string's object and its byte array: one byte a character when all are Latin-1, two otherwise. */
    static int stringBytes(String s) {
        boolean latin1 = s.chars().allMatch(c -> c <= 0xFF);
        return 24 + arrayBytes(latin1 ? s.length() : 2 * s.length());
    }

    private static int align(int bytes) {
        return (bytes + 7) & ~7;
    }

    /**
     * The body's hash, and nothing else: the same bytes have the same ETag on every replica, after a restart and after
     * the cache was emptied, whenever they were made. With the content's time in it, a page that a change left as it was
     * got a new ETag wherever it was made again, and replicas behind one CDN answered its revalidations 200 and 304 by
     * turns. (Last-Modified is the content's time, so it may differ between replicas; If-None-Match, which CDNs send,
     * takes precedence over it.)
     */
    private static String etagOf(byte[] body) {
        return '"' + digest(body, 27) + '"';
    }

    /** The first {@code length} characters of the SHA-256 of {@code bytes} in URL-safe Base64: what validators hash. */
    static String digest(byte[] bytes, int length) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
