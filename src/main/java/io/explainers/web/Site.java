package io.explainers.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The site's identity and its absolute URLs, for code and (as {@code inject:site}) for templates. */
@ApplicationScoped
@Named("site")
public class Site {

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

    public String homeUrl() {
        return baseUrl + "/";
    }
}
