package io.explainers.web;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every {@code explainers.*} setting, with its default, in one place. The README's configuration table lists each key
 * ({@code ConfigurationTableTest} keeps the two in step); environment variables override them as usual
 * ({@code explainers.site.base-url} is {@code EXPLAINERS_SITE_BASE_URL}).
 */
@ConfigMapping(prefix = "explainers")
public interface ExplainersConfig {

    /** Who publishes the site and where it lives. */
    Site site();

    /** How long browsers and a CDN in front may keep public pages. */
    Http http();

    Cache cache();

    Sitemap sitemap();

    Home home();

    /** The first administrator, created at start when no user exists. */
    Admin admin();

    /** How many failed logins a client address, and a username, may have before they wait. */
    Login login();

    Database database();

    interface Site {

        @WithDefault("Explainers")
        String name();

        /** One sentence that says what the site is, shown on the home page and in its meta description. */
        @WithDefault("Clear, calm explanations of children's health topics for parents and teachers.")
        String description();

        /** Absolute base URL of the public site; every absolute URL (canonical, sitemap, structured data) starts with it. */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        @WithDefault("en")
        String language();

        @WithDefault("en_US")
        String locale();

        /** The line at the bottom of every page. */
        @WithDefault("Information gathered from public forums or data available on the internet and portrayed here.")
        String bottomNote();

        /** The description on the Spanish pages. */
        @WithDefault("Explicaciones claras y tranquilas sobre la salud de los niños, para padres y maestros.")
        String descriptionEs();

        /** The bottom line on the Spanish pages. */
        @WithDefault("Información reunida de foros públicos o de datos disponibles en internet y presentada aquí.")
        String bottomNoteEs();
    }

    interface Http {

        /** Seconds browsers and a CDN may keep a page. */
        @WithDefault("300")
        int maxAge();

        /** Seconds a cache may serve a stale page while it fetches a fresh one. */
        @WithDefault("60")
        int staleWhileRevalidate();

        /** Seconds a cache may serve a stale page when the site answers with an error or not at all. */
        @WithDefault("86400")
        int staleIfError();
    }

    interface Cache {

        /** Memory for finished pages (plain and gzip) and share cards. */
        @WithDefault("12")
        int maxMegabytes();

        /** How often a replica checks the shared content version; {@code off} in tests, which sync by hand. */
        @WithDefault("5s")
        String replicaPollInterval();
    }

    interface Sitemap {

        /** URLs per sitemap before {@code /sitemap.xml} becomes an index. */
        @WithDefault("50000")
        int maxUrls();
    }

    interface Home {

        /** Topics on each page of the home page. */
        @WithDefault("50")
        int pageSize();
    }

    interface Admin {

        Optional<String> username();

        Optional<String> password();
    }

    interface Login {

        /** Failed logins from one client address, at once; then one more each {@code window / failures-per-address}. */
        @WithDefault("10")
        int failuresPerAddress();

        /** Failed logins for one username from anywhere, at once; then one more each {@code window / failures-per-username}. */
        @WithDefault("10")
        int failuresPerUsername();

        /** How long an exhausted allowance takes to fill up again. */
        @WithDefault("5m")
        Duration window();

        /** How many client addresses and usernames are remembered; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int remembered();
    }

    interface Database {

        /** How often readiness's database detail and the gauge are refreshed. */
        @WithDefault("10s")
        String checkInterval();
    }
}
