package io.explainers.web;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every {@code explainers.*} setting, with its default, in one place. The README's configuration table lists each key
 * ({@code ConfigurationTableTest} keeps the two in step); environment variables override them as usual
 * ({@code explainers.site.base-url} is {@code EXPLAINERS_SITE_BASE_URL}). A value out of range stops the start with the
 * key named (Bean Validation of the mapping), rather than a replica that reports ready and answers 500.
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

    /** How often a published topic is medically reviewed. */
    Review review();

    /** Telling search engines about changed pages at once (IndexNow); off unless a key is set. */
    IndexNow indexnow();

    interface Site {

        @WithDefault("Explainers")
        String name();

        /** One sentence that says what the site is, shown on the home page and in its meta description. */
        @WithDefault("Clear, calm explanations of children's health topics for parents and teachers.")
        String description();

        /** Absolute base URL of the public site; every absolute URL (canonical, sitemap, structured data) starts with it. */
        @WithDefault("http://localhost:8080")
        @Pattern(regexp = "https?://(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?/*", message = "must be an "
                + "http:// or https:// address of a host, such as https://explainers.example, with no path")
        String baseUrl();

        @WithDefault("en")
        String language();

        @WithDefault("en_US")
        String locale();

        /** The line at the bottom of every page. */
        @WithDefault("Information gathered from public forums or data available on the internet and portrayed here.")
        String bottomNote();

        /** Where readers report an error, on the About page; none configured means the page says so. */
        Optional<String> contactEmail();

        /** The publisher's profiles elsewhere (schema.org sameAs), absolute https URLs. */
        Optional<List<String>> sameAs();

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
        @Min(0)
        int maxAge();

        /** Seconds a cache may serve a stale page while it fetches a fresh one. */
        @WithDefault("60")
        @Min(0)
        int staleWhileRevalidate();

        /** Seconds a cache may serve a stale page when the site answers with an error or not at all. */
        @WithDefault("86400")
        @Min(0)
        int staleIfError();
    }

    interface Cache {

        /** Memory for finished pages (plain and gzip) and share cards. */
        @WithDefault("12")
        @Min(0)
        int maxMegabytes();

        /** How often a replica checks the shared content version; {@code off} in tests, which sync by hand. */
        @WithDefault("5s")
        String replicaPollInterval();
    }

    interface Sitemap {

        /** URLs per sitemap before {@code /sitemap.xml} becomes an index. */
        @WithDefault("50000")
        @Min(1)
        @Max(50000) // the sitemap protocol's limit
        int maxUrls();
    }

    interface Home {

        /** Topics on each page of the home page. */
        @WithDefault("50")
        @Min(1)
        int pageSize();
    }

    interface Admin {

        Optional<String> username();

        Optional<String> password();
    }

    interface Login {

        /** Failed logins from one client address, at once; then one more each {@code window / failures-per-address}. */
        @WithDefault("10")
        @Min(1)
        int failuresPerAddress();

        /** Failed logins for one username from anywhere, at once; then one more each {@code window / failures-per-username}. */
        @WithDefault("10")
        @Min(1)
        int failuresPerUsername();

        /** How long an exhausted allowance takes to fill up again. */
        @WithDefault("5m")
        @DurationMin(seconds = 1)
        Duration window();

        /**
         * How many client addresses and usernames are remembered; the least recently seen are forgotten first. Each
         * costs about 500 bytes of heap, twice over (addresses and usernames): 10,000 is 10 MB of the image's 96.
         */
        @WithDefault("10000")
        @Min(1)
        int remembered();

        /**
         * How long a login the password check accepted is taken again without checking the password; also how long a
         * removed user, or an old password or roles, keep working on a replica. Zero checks every request.
         */
        @WithDefault("2m")
        @DurationMin(seconds = 0)
        Duration verifiedFor();
    }

    interface Database {

        /**
         * How often the database is checked: readiness's detail, the gauge, and whether requests that need the database
         * are answered with the 503 at once (between checks, a request that fails to reach it, or is turned away, starts
         * one).
         */
        @WithDefault("10s")
        String checkInterval();
    }

    interface Review {

        /** From one review to the next due one. */
        @WithDefault("P12M")
        Period interval();

        /** Publishing a topic that was never reviewed is refused (409) when true. */
        @WithDefault("false")
        boolean requireBeforePublish();
    }

    interface IndexNow {

        /** The site's IndexNow key, 8-128 characters of a-z, A-Z, 0-9 and '-'; unset, nothing is announced. */
        Optional<String> key();

        /** Where changes are posted: the protocol's shared endpoint passes them on to every participating engine. */
        @WithDefault("https://api.indexnow.org/indexnow")
        String endpoint();

        /** How often pending changes are sent; {@code off} in tests, which send by hand. */
        @WithDefault("10s")
        String interval();

        /** URLs in one request; the protocol takes at most 10,000. */
        @WithDefault("10000")
        @Min(1)
        @Max(10000) // the IndexNow protocol's limit
        int batchSize();

        /** Attempts before a change is given up, logged and counted as failed. */
        @WithDefault("8")
        @Min(1)
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each further one, with jitter. */
        @WithDefault("30s")
        @DurationMin(seconds = 1)
        Duration backoff();

        /** The longest wait between attempts, whatever the backoff or a Retry-After asks for. */
        @WithDefault("6h")
        @DurationMin(seconds = 1)
        Duration maxBackoff();

        /** How long one request may take before it counts as failed. */
        @WithDefault("10s")
        @DurationMin(seconds = 1)
        Duration timeout();

        /** How long a claimed batch is a sender's alone; a sender that dies leaves it to others once this passes. */
        @WithDefault("2m")
        @DurationMin(seconds = 1)
        Duration lease();

        /** How long sent and failed changes are kept for the API's view. */
        @WithDefault("720h")
        @DurationMin(seconds = 1)
        Duration keep();
    }
}
