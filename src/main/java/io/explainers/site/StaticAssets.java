package io.explainers.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension;

/**
 * The addresses the pages link the stylesheet and icons by, each with a digest of the file's bytes in its query
 * ({@code /css/site.css?v=…}). Quarkus sends static files as immutable for a day; under a bare address a deploy's new
 * stylesheet reached browsers only a day later, under the new pages it no longer matched. The digest changes exactly
 * when the file does, and is the same on every replica of a build.
 */
@TemplateExtension(namespace = "asset") // {asset:url('/css/site.css')}, in tags too
public final class StaticAssets {

    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    static String url(String path) {
        return URLS.computeIfAbsent(path, StaticAssets::versioned);
    }

    private static String versioned(String path) {
        try (InputStream file = StaticAssets.class.getClassLoader().getResourceAsStream("META-INF/resources" + path)) {
            if (file == null) {
                throw new IllegalArgumentException("No static file at " + path);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(file.readAllBytes());
            return path + "?v=" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
