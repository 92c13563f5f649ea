package io.explainers.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code explainers.site.*}: who publishes the site and where it lives. */
@ConfigMapping(prefix = "explainers.site")
public interface SiteConfig {

    String name();

    /** One sentence that says what the site is, shown on the home page and in its meta description. */
    String description();

    /** Absolute base URL of the public site; every absolute URL (canonical, sitemap, structured data) starts with it. */
    String baseUrl();

    @WithDefault("en")
    String language();

    @WithDefault("en_US")
    String locale();

    /** The line at the bottom of every page. */
    String bottomNote();
}
