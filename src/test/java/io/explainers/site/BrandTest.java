package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The static files cannot read {@link Brand#THEME_COLOUR}, so they are held to it here. */
class BrandTest {

    @Test
    void staticFilesUseTheThemeColour() throws IOException {
        assertTrue(resource("META-INF/resources/css/site.css").contains("--accent: " + Brand.THEME_COLOUR + ";"), "site.css");
        assertTrue(resource("META-INF/resources/favicon.svg").contains("fill=\"" + Brand.THEME_COLOUR + "\""), "favicon.svg");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BrandTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
