package io.explainers.site;

import io.explainers.content.PublishedTopics;
import io.explainers.content.TopicPage;
import io.explainers.jsonld.StructuredData;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestQuery;

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

    record home(TopicPage topics, Pages pages, PageMeta meta) implements TemplateInstance {
    }

    /** Where this page is among the pages of the list: what the pagination links show. */
    record Pages(int number, int count, String previousPath, String nextPath) {
    }

    private final PublishedTopics topics;
    private final PageCache cache;
    private final PageResponses responses;
    private final StructuredData structuredData;
    private final Site site;
    private final int pageSize;

    HomeResource(PublishedTopics topics, PageCache cache, PageResponses responses, StructuredData structuredData, Site site,
            ExplainersConfig config) {
        this.topics = topics;
        this.cache = cache;
        this.responses = responses;
        this.structuredData = structuredData;
        this.site = site;
        this.pageSize = config.home().pageSize();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestQuery String page, HttpHeaders headers) {
        int number = number(page);
        if (number == 1 && page != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(site.homeUrl()))
                    .header(HttpHeaders.CACHE_CONTROL, responses.cacheControl()).build();
        }
        CachedPage home = cache.get(path(number), () -> render(number));
        if (home == null) {
            throw new NotFoundException(); // past the last page
        }
        return responses.of(home, headers);
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
        Pages pages = new Pages(number, count, number > 1 ? path(number - 1) : null, number < count ? path(number + 1) : null);
        String of = count > 1 ? " (page " + number + " of " + count + ")" : "";
        PageMeta meta = new PageMeta(
                site.name() + ": health explainers for parents" + of,
                site.name(),
                site.description(),
                site.url(path(number)),
                "website",
                structuredData.forHome(shown.topics(), site.url(path(number)), (number - 1) * pageSize + 1),
                null,
                pages.previousPath() == null ? null : site.url(pages.previousPath()),
                pages.nextPath() == null ? null : site.url(pages.nextPath()));
        Instant lastModified = shown.lastModified() != null ? shown.lastModified() : Instant.EPOCH;
        return CachedPage.html(new home(shown, pages, meta).render(), lastModified);
    }
}
