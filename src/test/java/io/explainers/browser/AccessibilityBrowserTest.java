package io.explainers.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.quarkus.test.junit.QuarkusTest;

/**
 * axe-core in the system's Chromium: no WCAG 2.2 A or AA violation on each kind of page, in the light and the dark
 * scheme, on a phone (390px) and a desktop (1280px). Each view is also saved as a full-page screenshot under
 * {@code target/screenshots/} for a person to look at, and axe's findings under {@code target/axe/}.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {

    /** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe checks. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path AXE = Path.of("target", "axe");

    static Stream<Arguments> views() {
        List<Arguments> views = new ArrayList<>();
        for (PageUnderTest page : PageUnderTest.values()) {
            for (String scheme : List.of("light", "dark")) {
                for (int width : List.of(390, 1280)) {
                    views.add(Arguments.of(page, scheme, width));
                }
            }
        }
        return views.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}px")
    @MethodSource("views")
    void noWcagViolations(PageUnderTest page, String scheme, int width) throws IOException {
        browser.viewport(width, width < 600 ? 844 : 900);
        browser.colorScheme(scheme);
        browser.open(url(page));
        assertEquals(true, browser.script("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches"),
                "the browser shows the " + scheme + " scheme");

        if (page == PageUnderTest.SEED) {
            assertEquals(1L, browser.script("return document.querySelectorAll('.read-next a[href$=\"" + SecondTopic.SLUG
                    + "\"]').length"), "the page under test shows other topics too");
        }
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver);
        String name = page.label + "-" + scheme + "-" + width;
        browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
        write(AXE.resolve(name + ".txt"), url(page), results);

        assertTrue(results.getPasses().size() > 10, "axe ran its checks");
        assertTrue(results.getPasses().stream().anyMatch(rule -> rule.getId().equals("color-contrast")),
                "text contrast was measured, and passed, in the " + scheme + " scheme");
        assertEquals("", describe(results.getViolations()), "WCAG A/AA violations on " + name);
    }

    @Test
    void axeFindsWhatIsWrong() {
        // The control: the same run on a page spoiled on purpose must fail, or a green run above would prove nothing.
        browser.viewport(1280, 900);
        browser.colorScheme("light");
        browser.open(url(PageUnderTest.SEED));
        browser.script("const img = document.createElement('img'); img.src = '/favicon.svg';"
                + "document.querySelector('main').append(img);"
                + "document.querySelector('.toc a').style.color = getComputedStyle(document.body).backgroundColor;");
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver);
        assertEquals(List.of("color-contrast", "image-alt"),
                results.getViolations().stream().map(Rule::getId).sorted().toList());
    }

    private String url(PageUnderTest page) {
        return base.toString().replaceAll("/$", "") + page.path;
    }

    private static void write(Path file, String url, Results results) throws IOException {
        Files.createDirectories(file.getParent());
        String report = "axe-core on " + url + "\n"
                + "violations: " + results.getViolations().size() + "\n" + describe(results.getViolations())
                + "needs review (incomplete): " + results.getIncomplete().size() + "\n" + describe(results.getIncomplete())
                + "passed rules: " + results.getPasses().size() + " "
                + results.getPasses().stream().map(Rule::getId).sorted().toList() + "\n";
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    private static String describe(List<Rule> rules) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            text.append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
                    .append('\n');
            for (CheckedNode node : rule.getNodes()) {
                text.append("    ").append(node.getTarget()).append(": ").append(node.getHtml()).append('\n');
                if (node.getFailureSummary() != null) {
                    text.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
                }
            }
        }
        return text.toString();
    }
}
