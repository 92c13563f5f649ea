package io.explainers.site;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.explainers.content.PublishedTopics;
import io.explainers.content.Slugs;
import io.explainers.content.TopicPage;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Language;
import io.explainers.web.Site;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The home page: what the site is and the published topics, newest first, {@code explainers.home.page-size} a page.
 * Page 1 is {@code /}; the others are {@code /?page=2} and on, each with its own canonical URL and links to its
 * neighbours. A page that does not exist (0, past the last, not a number) is the helpful 404 page.
 */
@Path("/")
public class HomeResource {

    /**
     * The cache key of the first English page; every English page's key starts with it, and all are evicted when any
     * English topic changes. The Spanish ones start with {@code /es/}.
     */
    public static final String PATH = "/";

    record home(TopicPage topics, Pagination pages, PageMeta meta) implements TemplateInstance {
    }

    /** Where this page is among the pages of the list: what the pagination links show. */
    record Pagination(int number, int count, String previousPath, String nextPath) {
    }

    /** What separates a query's parameters, as Netty, under Quarkus, reads them. */
    private static final Pattern PARAMETERS = Pattern.compile("[&;]");

    private final PublishedTopics topics;
    private final PageRenderer pages;
    private final int pageSize;

    HomeResource(PublishedTopics topics, PageRenderer pages, ExplainersConfig config) {
        this.topics = topics;
        this.pages = pages;
        this.pageSize = config.home().pageSize();
    }

    @GET
    public Response show(HttpHeaders headers, HttpServerRequest request) {
        // Compared with the raw path: ///, /./ and /../ reach this resource too, and would be the home page again.
        if (!request.path().equals(Slugs.homePath(Language.ENGLISH))) {
            return pages.movedTo(Slugs.homePath(Language.ENGLISH), request);
        }
        return show(Language.ENGLISH, headers, request);
    }

    /** The Spanish home page, {@code /es/}; {@code /es} leads there. */
    @GET
    @Path("es")
    public Response showSpanish(HttpHeaders headers, HttpServerRequest request) {
        if (!request.path().equals(Slugs.homePath(Language.SPANISH))) {
            return pages.movedTo(Slugs.homePath(Language.SPANISH), request);
        }
        return show(Language.SPANISH, headers, request);
    }

    private Response show(Language language, HttpHeaders headers, HttpServerRequest request) {
        String page = pageParameter(request.query());
        int number = number(page);
        if (number == 1 && page != null) {
            return pages.movedTo(Slugs.homePath(language), withoutPage(request.query()));
        }
        return pages.cached(path(language, number), () -> render(language, number), headers)
                .orElseThrow(NotFoundException::new); // past the last page
    }

    /** Any of the home pages' cache keys in {@code language}. */
    static boolean isHomePage(Language language, String key) {
        String home = Slugs.homePath(language);
        return key.equals(home) || key.startsWith(home + "?page=");
    }

    static String path(Language language, int number) {
        String home = Slugs.homePath(language);
        return number == 1 ? home : home + "?page=" + number;
    }

    /**
     * The page number as the query writes it: the value of the parameter named {@code page}, in lower case as links
     * write it, percent-decoded; "" for {@code ?page} and {@code ?page=}, {@code null} without one. Read here, not as
     * a {@code @RestQuery}: Quarkus matches parameter names in any case and reads {@code ?page} as no parameter, so
     * {@code ?PAGE=1} was sent to its own address again and again, and {@code ?page} was the first page again.
     */
    static String pageParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : PARAMETERS.split(query)) {
            int equals = parameter.indexOf('=');
            if (isPage(equals < 0 ? parameter : parameter.substring(0, equals))) {
                return equals < 0 ? "" : decoded(parameter.substring(equals + 1));
            }
        }
        return null;
    }

    /** The query without its page number, read as {@link #pageParameter} reads it: the first page has none. */
    static String withoutPage(String query) {
        return Arrays.stream(PARAMETERS.split(query))
                .filter(parameter -> !parameter.isEmpty() && !isPage(parameter.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
    }

    private static boolean isPage(String name) {
        return "page".equals(decoded(name));
    }

    private static String decoded(String component) {
        try {
            return QueryStringDecoder.decodeComponent(component);
        } catch (IllegalArgumentException malformed) {
            return component;
        }
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

    private CachedPage render(Language language, int number) {
        if ((long) (number - 1) * pageSize > Integer.MAX_VALUE) {
            return null; // past any list the database pages through (its offset is an int), so past the last page
        }
        TopicPage shown = topics.page(language, number - 1, pageSize);
        int count = (int) Math.max(1, (shown.total() + pageSize - 1) / pageSize);
        if (number > count) {
            return null;
        }
        Pagination pagination = new Pagination(number, count, number > 1 ? path(language, number - 1) : null,
                number < count ? path(language, number + 1) : null);
        Messages messages = pages.messages(language);
        String of = count > 1 ? " " + messages.titlePageOf(number, count) : "";
        Site site = pages.site();
        String url = site.url(path(language, number));
        // The first page of each language's list is the same page in the other language: hreflang and the switch.
        List<PageMeta.Alternate> alternates = number > 1 ? List.of() : PageMeta.Alternate.homePages(site);
        // Each later page says which it is in its description too: search engines show the description, and the
        // same one on every page of the list reads as duplicate pages.
        String description = number > 1 ? site.description(language) + " " + messages.pageOf(number, count) + "."
                : site.description(language);
        PageMeta meta = PageMeta.website(site.name() + ": " + messages.tagline() + of, site.name(), description, url,
                pages.structuredData().forHome(language, shown.topics(), url, (number - 1) * pageSize + 1))
                .withNeighbours(pagination.previousPath() == null ? null : site.url(pagination.previousPath()),
                        pagination.nextPath() == null ? null : site.url(pagination.nextPath()))
                .in(language, alternates);
        Instant lastModified = shown.lastModified() != null ? shown.lastModified() : Instant.EPOCH;
        return CachedPage.html(pages.render(new home(shown, pagination, meta), language), lastModified);
    }
}
