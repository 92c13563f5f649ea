package io.explainers.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/** How the pages behave for a visitor in the system's Chromium: moving around, by pointer and by keyboard, on any width. */
@QuarkusTest
class VisitorBrowserTest extends BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** What a keyboard can reach, in the order the browser's tab sequence would follow when no tabindex is positive. */
    static final String FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), "
            + "textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex='-1'])";

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void view(int width, String scheme, String reducedMotion) {
        browser.viewport(width, width < 600 ? 844 : 900);
        browser.media("screen", Map.of("prefers-color-scheme", scheme, "prefers-reduced-motion", reducedMotion));
    }

    @ParameterizedTest(name = "{0}px")
    @ValueSource(ints = { 390, 1280 })
    void tableOfContentsLinksBringTheirSectionsIntoView(int width) {
        view(width, "light", "no-preference");
        browser.open(url(PageUnderTest.SEED.path));
        List<WebElement> links = browser.driver.findElements(By.cssSelector(".toc a"));
        assertEquals(SeedText.load().sectionHeadings().size() + 1, links.size(), "a link to each section and the FAQ");
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            browser.script("window.scrollTo({top: 0, behavior: 'instant'})");
            WebElement link = browser.driver.findElements(By.cssSelector(".toc a")).get(i);
            String anchor = link.getAttribute("hash").substring(1);
            anchors.add(anchor);
            // On a phone the list may start below the fold (under the title, dates and review line): bring the link
            // itself into view at once, so the click is not aimed at a link still scrolling smoothly into place.
            browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
            link.click();
            // Scrolling is smooth unless the visitor asks for less motion: wait for it to settle in view.
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(driver -> Boolean.TRUE.equals(browser.script(
                    "const target = document.getElementById(arguments[0]);"
                            + "const box = target.getBoundingClientRect();"
                            + "return location.hash === '#' + arguments[0] && box.top >= 0 && box.bottom <= innerHeight;",
                    anchor)));
            assertEquals("H2", browser.script("return document.getElementById(arguments[0]).tagName", anchor));
        }
        assertEquals(List.of("what-occupational-therapy-for-kids-is", "what-happens-in-ot-sessions",
                "which-kids-might-benefit", "how-it-helps-in-real-life", "faq"), anchors, "stable anchors from the headings");
    }

    /**
     * Each word of a skill card's name stays on one line (a compound may break after its own hyphen): Chromium here has
     * no Spanish hyphenation dictionary, and the cards once cut "Procesamiento" and "autorregulación" in two.
     */
    @ParameterizedTest(name = "{0}px")
    @ValueSource(ints = { 390, 560, 800, 1280 })
    void skillCardNamesKeepTheirWordsWhole(int width) {
        view(width, "light", "no-preference");
        for (PageUnderTest page : List.of(PageUnderTest.SEED, PageUnderTest.SPANISH_SEED)) {
            browser.open(url(page.path));
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) browser.script(
                    "const broken = [];"
                            + "for (const name of document.querySelectorAll('.skill-name')) {"
                            + "  const text = name.firstChild;"
                            + "  for (const word of text.data.matchAll(/[^\\s-]+/g)) {"
                            + "    const range = document.createRange();"
                            + "    range.setStart(text, word.index);"
                            + "    range.setEnd(text, word.index + word[0].length);"
                            + "    if (new Set([...range.getClientRects()].map(box => Math.round(box.top))).size > 1) {"
                            + "      broken.push(word[0]);"
                            + "    }"
                            + "  }"
                            + "}"
                            + "return broken;");
            assertEquals(List.of(), broken, page.label + " at " + width + "px");
            assertEquals(4L, browser.script("return document.querySelectorAll('.skill-name').length"), page.label);
        }
    }

    @Test
    void reducedMotionTurnsSmoothScrollingOff() {
        view(1280, "light", "no-preference");
        browser.open(url(PageUnderTest.SEED.path));
        assertEquals("smooth", browser.script("return getComputedStyle(document.documentElement).scrollBehavior"));
        view(1280, "light", "reduce");
        browser.open(url(PageUnderTest.SEED.path));
        assertEquals("auto", browser.script("return getComputedStyle(document.documentElement).scrollBehavior"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageUnderTest.class)
    void keyboardReachesEveryLinkInOrderWithAVisibleFocus(PageUnderTest page) {
        for (int width : List.of(390, 1280)) {
            view(width, "light", "reduce");
            browser.open(url(page.path));
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) browser.script(
                    "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.outerHTML)", FOCUSABLE);
            assertFalse(expected.isEmpty());
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> focus = (Map<String, Object>) browser.driver.executeAsyncScript(
                        // measured once the browser has drawn the focus (two animation frames later)
                        "const done = arguments[arguments.length - 1];"
                                + "requestAnimationFrame(() => requestAnimationFrame(() => {"
                                + " const e = document.activeElement, style = getComputedStyle(e), box = e.getBoundingClientRect();"
                                + " done({html: e.outerHTML, visible: e.matches(':focus-visible'), outline: style.outlineStyle,"
                                + "  width: parseFloat(style.outlineWidth), onScreen: box.bottom > 0 && box.top < innerHeight"
                                + "  && box.right > 0 && box.left < innerWidth && box.width > 0 && box.height > 0,"
                                + "  box: JSON.stringify(box) + ' in ' + innerWidth + 'x' + innerHeight});"
                                + "}));");
                String html = (String) focus.get("html");
                reached.add(html);
                String where = page.label + " at " + width + "px, tab " + (i + 1) + ": " + html;
                assertEquals(true, focus.get("visible"), where);
                assertFalse("none".equals(focus.get("outline")), "focus outline on " + where);
                assertTrue(((Number) focus.get("width")).doubleValue() >= 2, "outline at least 2px on " + where);
                assertEquals(true, focus.get("onScreen"), "focused element on screen: " + where + " at " + focus.get("box"));
            }
            assertEquals(expected, reached, "tab order on " + page.label + " at " + width + "px");
            assertTrue(reached.get(0).contains("skip-link"), "the skip link comes first");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageUnderTest.class)
    void noConsoleErrorsAndNoFailedRequests(PageUnderTest page) {
        view(390, "light", "no-preference");
        browser.consoleErrors();
        browser.failedRequests();
        String address = url(page.path);
        browser.open(address);
        // The icons the page names, and the one browsers ask for by themselves, must load too.
        @SuppressWarnings("unchecked")
        List<String> icons = (List<String>) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const hrefs = Array.from(document.querySelectorAll('link[rel~=icon], link[rel=apple-touch-icon]'))"
                        + "  .map(l => l.href).concat([location.origin + '/favicon.ico']);"
                        + "Promise.all(hrefs.map(h => fetch(h).then(r => r.status + ' ' + r.headers.get('content-type') + ' ' + h)))"
                        + "  .then(done, e => done(['error ' + e]));");
        assertEquals(4, icons.size(), icons.toString());
        for (String icon : icons) {
            assertTrue(icon.startsWith("200 image/"), icon);
        }
        List<String> failed = new ArrayList<>(browser.failedRequests());
        List<String> errors = new ArrayList<>(browser.consoleErrors());
        if (page.status != 200) {
            // The 404 (or 410) page itself is the one expected failure: it is what its status says.
            assertTrue(failed.remove(page.status + " " + address), failed.toString());
            errors.removeIf(error -> error
                    .startsWith(address + " - Failed to load resource: the server responded with a status of " + page.status));
        }
        assertEquals(List.of(), failed, "failed requests on " + page.label);
        assertEquals(List.of(), errors, "console errors on " + page.label);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageUnderTest.class)
    void noHorizontalScrollingAt320px(PageUnderTest page) {
        view(320, "light", "no-preference");
        browser.open(url(page.path));
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) browser.script(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}");
        browser.screenshot(SCREENSHOTS.resolve(page.label + "-light-320.png"));
        assertEquals(320L, ((Number) size.get("client")).longValue());
        assertTrue(((Number) size.get("scroll")).longValue() <= ((Number) size.get("client")).longValue(), size.toString());
    }

    @Test
    void printsTheArticleAloneWithWhereItCameFrom() throws IOException {
        view(1280, "light", "no-preference");
        browser.open(url(PageUnderTest.SEED.path));
        browser.media("print", Map.of());
        for (String hidden : List.of(".site-header", ".skip-link", ".breadcrumbs", ".toc")) {
            assertEquals("none",
                    browser.script("return getComputedStyle(document.querySelector(arguments[0])).display", hidden), hidden);
        }
        assertEquals("block", browser.script("return getComputedStyle(document.querySelector('.print-only')).display"));
        assertTrue(((String) browser.script("return document.querySelector('.print-only').textContent"))
                .endsWith(SeedText.PATH));
        assertEquals("rgb(255, 255, 255)", browser.script("return getComputedStyle(document.body).backgroundColor"));
        browser.screenshot(SCREENSHOTS.resolve("seed-print.png"));
        Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("seed-print.pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
        browser.media("screen", Map.of());
    }

    /**
     * The trust signals are part of the printed article: who reviewed it, when it is due, and its sources with their addresses.
     */
    @Test
    void printsTheReviewAndTheSourcesWithTheArticle() throws IOException {
        view(1280, "light", "no-preference");
        browser.open(url(PageUnderTest.IMPORTED.path));
        browser.media("print", Map.of());
        for (String shown : List.of(".review .reviewed", ".review .next-review", ".sources")) {
            assertFalse("none".equals(
                    browser.script("return getComputedStyle(document.querySelector(arguments[0])).display", shown)), shown);
        }
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.about-link')).display"));
        assertTrue(((String) browser.script(
                "return getComputedStyle(document.querySelector('.sources a'), '::after').content")).contains("https://"),
                "a printed source shows where it is");
        browser.screenshot(SCREENSHOTS.resolve("imported-print.png"));
        browser.media("screen", Map.of());
    }

    @Test
    void shareCardIsA1200By630Picture() {
        view(1280, "light", "no-preference");
        browser.open(url(PageUnderTest.SEED.path));
        String card = browser.driver.findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content");
        assertTrue(card.endsWith(SeedText.PATH + "/card.png"), card);
        // The page names the public address; the same path is fetched from the test server.
        String path = card.substring(card.indexOf("/topics/"));
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1], img = new Image();"
                        + "img.onload = () => done({width: img.naturalWidth, height: img.naturalHeight});"
                        + "img.onerror = () => done({width: 0, height: 0}); img.src = arguments[0];",
                url(path));
        assertEquals(1200L, ((Number) size.get("width")).longValue());
        assertEquals(630L, ((Number) size.get("height")).longValue());
    }
}
