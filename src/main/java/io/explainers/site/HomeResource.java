package io.explainers.site;

import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicPage;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;

/**
 * The home page: what the site is and the published topics, newest first, {@code explainers.home.page-size} a page.
 * Page 1 is {@code /}; the others are {@code /?page=2} and on, each with its own canonical URL and links to its
 * neighbours. A page that does not exist (0, past the last, not a number) is the helpful 404 page.
 */
@Path("/")
public class HomeResource {

    /** The cache key of the first page; every page's key starts with it, and all are evicted when any topic changes. */
    public static final String PATH = "/";
    private static final String PAGED = PATH + "?page=";

    record home(TopicPage topics, Pagination pages, PageMeta meta) implements TemplateInstance {
    }

    /** Where this page is among the pages of the list: what the pagination links show. */
    record Pagination(int number, int count, String previousPath, String nextPath) {
    }

    private final PublishedTopics topics;
    private final PageRenderer pages;
    private final int pageSize;

    HomeResource(PublishedTopics topics, PageRenderer pages, ExplainersConfig config) {
        this.topics = topics;
        this.pages = pages;
        this.pageSize = config.home().pageSize();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestQuery String page, HttpHeaders headers) {
        int number = number(page);
        if (number == 1 && page != null) {
            return pages.movedTo(pages.site().homeUrl());
        }
        return pages.cached(path(number), () -> render(number), headers)
                .orElseThrow(NotFoundException::new); // past the last page
    }

    /** Any of the home pages' cache keys. */
    static boolean isHomePage(String key) {
        return key.equals(PATH) || key.startsWith(PAGED);
    }

    static String path(int number) {
        return number == 1 ? PATH : PAGED + number;
    }

    /** The page number a visitor asked for; anything but a plain positive number leads nowhere. */
    private static int number(String page) {
        if (page == null) {
            return 1;
        }
        if (!page.matches("[1-9][0-9]{0,8}")) {
            throw new NotFoundException();
        }
        return Integer.parseInt(page);
    }

    private CachedPage render(int number) {
        TopicPage shown = topics.page(number - 1, pageSize);
        int count = (int) Math.max(1, (shown.total() + pageSize - 1) / pageSize);
        if (number > count) {
            return null;
        }
        Pagination pagination = new Pagination(number, count, number > 1 ? path(number - 1) : null,
                number < count ? path(number + 1) : null);
        String of = count > 1 ? " (page " + number + " of " + count + ")" : "";
        Site site = pages.site();
        String url = site.url(path(number));
        PageMeta meta = PageMeta.website(site.name() + ": " + Brand.TAGLINE + of, site.name(), site.description(), url,
                pages.structuredData().forHome(shown.topics(), url, (number - 1) * pageSize + 1))
                .withNeighbours(pagination.previousPath() == null ? null : site.url(pagination.previousPath()),
                        pagination.nextPath() == null ? null : site.url(pagination.nextPath()));
        Instant lastModified = shown.lastModified() != null ? shown.lastModified() : Instant.EPOCH;
        return CachedPage.html(new home(shown, pagination, meta).render(), lastModified);
    }
}
