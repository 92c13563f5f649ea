package io.explainers.site;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.explainers.content.ReviewCycle;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Language;
import io.explainers.web.Site;
import io.explainers.web.WithoutDatabase;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who publishes the site and how explainers are written, reviewed and corrected, what the note at the bottom of every
 * page means and how to report an error. Every footer links here, and the publisher's {@code publishingPrinciples} in
 * every page's structured data point here.
 */
@Path(Site.ABOUT_PATH)
@WithoutDatabase // made from the configuration alone
@NonBlocking // so it answers while every worker thread waits on a database that does not
public class AboutResource {

    /** What the page says that configuration decides. */
    record Policy(String reviewInterval, boolean reviewBeforePublishing, String contactEmail) {
    }

    record about(Policy policy, PageMeta meta) implements TemplateInstance {
    }

    private final PageRenderer pages;
    private final Policy policy;

    AboutResource(PageRenderer pages, ReviewCycle reviews, ExplainersConfig config) {
        this.pages = pages;
        this.policy = new Policy(inWords(reviews.interval()), config.review().requireBeforePublish(),
                pages.site().contactEmail().orElse(null));
    }

    @GET
    public Response show(HttpHeaders headers, HttpServerRequest request) {
        // Compared with the raw path: one address per page.
        if (!request.path().equals(Site.ABOUT_PATH)) {
            return pages.movedTo(Site.ABOUT_PATH, request);
        }
        return pages.cached(Site.ABOUT_PATH, this::render, headers).orElseThrow(NotFoundException::new);
    }

    private CachedPage render() {
        Site site = pages.site();
        String title = "About " + site.name();
        String description = "Who publishes " + site.name()
                + ", how its explainers are written, medically reviewed and corrected, and how to report an error.";
        PageMeta meta = PageMeta.website(title, title, description, site.aboutUrl(),
                pages.structuredData().forAbout(site.aboutUrl(), title, description));
        return CachedPage.ofConfiguration(CachedPage.HTML, pages.render(new about(policy, meta), Language.ENGLISH));
    }

    /** "12 months", "1 year and 6 months", "90 days". */
    static String inWords(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" and ", parts);
    }

    private static void add(List<String> parts, int count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (count == 1 ? "" : "s"));
        }
    }
}
