package io.explainers.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The system's Chromium, headless, driven through the system's chromedriver. Both paths are given explicitly and
 * Selenium Manager (which would look for or download them) is never asked; the browser's own background
 * networking is switched off, so the tests make no request outside this machine.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;

    /** The browser tests run wherever Chromium and its driver are installed (CI installs both), and are skipped elsewhere. */
    static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    Chromium() {
        try {
            profile = Files.createTempDirectory("explainers-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--disable-extensions",
                "--disable-default-apps",
                "--disable-domain-reliability",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--no-first-run",
                // no name but localhost resolves, so the browser cannot reach past this machine
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--homepage=about:blank",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // What the browser did while starting (its new-tab page) is not the site's doing.
        driver.get("about:blank");
        consoleErrors();
        failedRequests();
    }

    /** A viewport of this CSS width, as a phone (with the viewport meta tag honoured) or a desktop window. */
    void viewport(int width, int height) {
        Map<String, Object> metrics = new HashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", 1);
        metrics.put("mobile", width < 600);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
    }

    /** Emulates {@code prefers-color-scheme}: "light" or "dark". */
    void colorScheme(String scheme) {
        media("screen", Map.of("prefers-color-scheme", scheme));
    }

    /** Emulates a media type ("screen", "print") and media features such as {@code prefers-reduced-motion}. */
    void media(String type, Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(feature -> Map.of("name", feature.getKey(), "value", feature.getValue()))
                .toList();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type, "features", list));
    }

    void open(String url) {
        driver.get(url);
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The whole page, not just the viewport, as a PNG. */
    void screenshot(Path file) {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) layout.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0, "y", 0,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages at error level since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Every request since the last call that failed or got a status of 400 or more: "status url" or "failed url (reason)". */
    List<String> failedRequests() {
        List<String> failed = new ArrayList<>();
        Map<String, String> urls = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message;
            try {
                message = JSON.readTree(entry.getMessage()).path("message");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            switch (method) {
                case "Network.requestWillBeSent" ->
                    urls.put(params.path("requestId").asText(), params.path("request").path("url").asText());
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400) {
                        failed.add(status + " " + params.path("response").path("url").asText());
                    }
                }
                case "Network.loadingFailed" -> failed.add("failed " + urls.get(params.path("requestId").asText())
                        + " (" + params.path("errorText").asText() + ")");
                default -> {
                }
            }
        }
        return failed;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
