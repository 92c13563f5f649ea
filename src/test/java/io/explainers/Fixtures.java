package io.explainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test files under {@code src/test/resources}: the seed text and the trend articles the import tests use. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A file's text, read as UTF-8; for example {@code /articles/what-is-adhd-in-kids.txt}. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
