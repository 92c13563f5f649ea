package io.explainers.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The site's identity and its absolute URLs, for code and (as {@code inject:site}) for templates. */
@ApplicationScoped
@Named("site")
public class Site {

    /** The About page: who publishes the site and how explainers are written, reviewed and corrected. */
    public static final String ABOUT_PATH = "/about";

    public static final String FEED_PATH = "/feed.xml";

    private final ExplainersConfig.Site config;
    private final String baseUrl;

    public Site(ExplainersConfig config) {
        this.config = config.site();
        this.baseUrl = this.config.baseUrl().replaceAll("/+$", "");
    }

    public String name() {
        return config.name();
    }

    public String description() {
        return config.description();
    }

    public String language() {
        return config.language();
    }

    public String locale() {
        return config.locale();
    }

    public String bottomNote() {
        return config.bottomNote();
    }

    /** Where readers report an error; empty when none is configured. */
    public Optional<String> contactEmail() {
        return config.contactEmail().map(String::strip).filter(email -> !email.isEmpty());
    }

    /** The publisher's profiles elsewhere (schema.org sameAs). */
    public List<String> sameAs() {
        return config.sameAs().orElse(List.of());
    }

    /** What the site is, in {@code language}. */
    public String description(Language language) {
        return language == Language.SPANISH ? config.descriptionEs() : config.description();
    }

    /** The line at the bottom of every page, in {@code language}. */
    public String bottomNote(Language language) {
        return language == Language.SPANISH ? config.bottomNoteEs() : config.bottomNote();
    }

    /** {@code <html lang>} of a page in {@code language}: English pages say what the configuration says. */
    public String language(Language language) {
        return language == Language.ENGLISH ? config.language() : language.code();
    }

    /** {@code og:locale} of a page in {@code language}. */
    public String locale(Language language) {
        return language == Language.ENGLISH ? config.locale() : language.ogLocale();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean isHttps() {
        return baseUrl.startsWith("https://");
    }

    /** The absolute URL of a site path such as {@code /topics/x}. */
    public String url(String path) {
        return baseUrl + path;
    }

    public String aboutUrl() {
        return url(ABOUT_PATH);
    }

    public String homeUrl() {
        return baseUrl + "/";
    }

    /** The Atom feed of new and updated topics, linked from every page's head. */
    public String feedUrl() {
        return baseUrl + FEED_PATH;
    }
}
