package io.explainers.browser;

import io.explainers.ImportedTopic;
import io.explainers.Pages;
import io.explainers.RetiredTopic;
import io.explainers.SeedText;

/** The pages the browser tests visit: one of each kind a visitor meets. */
enum PageUnderTest {
    HOME("home", "/", 200),
    SEED("seed", SeedText.PATH, 200),
    IMPORTED("imported", Pages.topic(ImportedTopic.SLUG), 200),
    NOT_FOUND("not-found", "/topics/no-such-topic", 404),
    ABOUT("about", "/about", 200),
    GONE("gone", RetiredTopic.PATH, 410),
    SPANISH_HOME("es-home", Pages.SPANISH_HOME, 200),
    SPANISH_SEED("es-seed", SeedText.SPANISH_PATH, 200),
    SPANISH_NOT_FOUND("es-not-found", "/es/temas/no-existe", 404);

    final String label;
    final String path;
    final int status;

    PageUnderTest(String label, String path, int status) {
        this.label = label;
        this.path = path;
        this.status = status;
    }
}
