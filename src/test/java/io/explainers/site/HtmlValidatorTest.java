package io.explainers.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import io.explainers.ImportedTopic;
import io.explainers.RetiredTopic;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu Html Checker (the engine of the W3C's HTML validator), used as a library on the pages as served and on the
 * stylesheet. Needs no browser, so it always runs. Each report is written to {@code target/validator/}.
 */
@QuarkusTest
class HtmlValidatorTest {

    static final Path REPORTS = Path.of("target", "validator");

    @BeforeAll
    static void reportsFolder() throws IOException {
        Files.createDirectories(REPORTS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "home, /, 200",
            "seed, /topics/" + SeedText.SLUG + ", 200",
            "imported, /topics/" + ImportedTopic.SLUG + ", 200",
            "not-found, /topics/no-such-topic, 404",
            "about, /about, 200",
            "gone, /topics/" + RetiredTopic.SLUG + ", 410",
            "es-home, /es/, 200",
            "es-seed, /es/temas/" + SeedText.SPANISH_SLUG + ", 200",
            "es-not-found, /es/temas/no-existe, 404" })
    void pageHasNoValidationErrors(String name, String path, int status) throws Exception {
        ImportedTopic.ensure();
        RetiredTopic.ensure();
        String html = given().get(path).then().statusCode(status).extract().asString();
        Report report = new Report();
        SimpleDocumentValidator validator = validator(report);
        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId(path);
        validator.checkHtmlInputSource(source);
        report.write(REPORTS.resolve(name + ".txt"), path);
        assertEquals(List.of(), report.errors, "errors in " + path);
        // Warnings are advice: written to the report, and none are expected either.
        assertEquals(List.of(), report.warnings, "warnings in " + path);
    }

    @Test
    void checkerFindsWhatIsWrong() throws Exception {
        // The control: a page with known mistakes must not pass, or a green run above would prove nothing.
        Report report = new Report();
        validator(report).checkHtmlInputSource(new InputSource(new StringReader(
                "<!DOCTYPE html><html lang=en><title>t</title><p><a href=/ nonsense=1>x</a><li>y</li>")));
        assertEquals(2, report.errors.size(), () -> String.join("\n", report.errors));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("site.css, /css/site.css")
    void stylesheetHasNoValidationErrors(String name, String path) throws Exception {
        String css = given().get(path).then().statusCode(200).extract().asString();
        Path file = Files.createTempFile("explainers-", ".css");
        try {
            Files.writeString(file, css, StandardCharsets.UTF_8);
            Report report = new Report();
            validator(report).checkCssFile(file.toFile(), true);
            report.write(REPORTS.resolve(name + ".txt"), path);
            assertEquals(List.of(), report.errors, "errors in " + path);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static SimpleDocumentValidator validator(Report report) throws Exception {
        // The checker's own quiet logging set-up, no URL logging, no language detection (the pages say their language).
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", report);
        validator.setUpValidatorAndParsers(report, true, false);
        return validator;
    }

    /** Collects what the checker says, as "line:column message". */
    static final class Report implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
        }

        void write(Path file, String path) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add("Nu Html Checker on " + path + ": " + errors.size() + " errors, " + warnings.size() + " warnings");
            errors.forEach(error -> lines.add("error: " + error));
            warnings.forEach(warning -> lines.add("warning: " + warning));
            Files.write(file, lines, StandardCharsets.UTF_8);
            assertTrue(Files.exists(file));
        }
    }
}
