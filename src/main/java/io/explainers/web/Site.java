package io.explainers.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The site's identity and its absolute URLs, for code and (as {@code inject:site}) for templates. */
@ApplicationScoped
@Named("site")
public class Site {

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

    /** The Atom feed of new and updated topics, linked from every page's head. */
    public String feedUrl() {
        return baseUrl + FEED_PATH;
    }
}
