package io.explainers.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import io.explainers.ImportedTopic;
import io.explainers.RetiredTopic;
import io.explainers.TestTopics;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every browser test shares: the system's Chromium (skipped, not failed, where it is not installed), the site's
 * address, and a second published topic so that lists such as "More explainers" are on the pages under test. Tagged
 * {@value #TAG}: CI leaves them out of the PostgreSQL run, where the browser would get the same pages again.
 */
@Tag(BrowserTest.TAG)
abstract class BrowserTest {

    static final String TAG = "browser";

    static Chromium browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestTopics topics;

    @BeforeEach
    void withASecondTopic() {
        SecondTopic.ensure(topics);
        ImportedTopic.ensure();
        RetiredTopic.ensure();
    }

    @BeforeAll
    static void start() {
        assumeTrue(Chromium.available(), "Chromium and chromedriver are not installed: browser tests skipped");
        browser = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
