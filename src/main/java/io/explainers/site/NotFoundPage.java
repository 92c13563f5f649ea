package io.explainers.site;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.explainers.content.PublishedTopics;
import io.explainers.content.Slugs;
import io.explainers.content.TopicSummary;
import io.explainers.web.Api;
import io.explainers.web.Language;
import io.explainers.web.Problem;
import io.quarkus.qute.TemplateInstance;

/**
 * The page a visitor gets for an address that leads nowhere: a way home and a few recent topics. An address that no
 * resource matches is answered on the event loop, where the database must not be touched, so the page is made from
 * what {@link ReadNext} already holds in memory.
 */
public class NotFoundPage {

    /** Cache key: not a path any request can have, since requests always start with a slash. */
    public static final String KEY = "not-found";
    /** Only reading follows a redirect as it was sent: a POST to /API/Topics is not sent again as a GET. */
    private static final Set<String> READ = Set.of("GET", "HEAD");
    /** A plain ASCII address with a capital letter: nothing to encode again when it is lowered. */
    private static final Pattern CAPITALISED = Pattern.compile("/[A-Za-z0-9/._-]*[A-Z][A-Za-z0-9/._-]*");

    /** The not-found page's cache key in {@code language}. */
    public static String key(Language language) {
        return language == Language.ENGLISH ? KEY : KEY + "-" + language.code();
    }

    /** Addresses under the Spanish home page that lead nowhere get the Spanish page. */
    public static Language languageOf(String path) {
        return path.startsWith(Slugs.homePath(Language.SPANISH)) || path.equals("/es") ? Language.SPANISH
                : Language.ENGLISH;
    }

    record notFound(List<TopicSummary> topics, PageMeta meta) implements TemplateInstance {
    }

    private final ReadNext latest;
    private final PageRenderer pages;

    NotFoundPage(ReadNext latest, PageRenderer pages) {
        this.latest = latest;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri, Request request) {
        if (Api.isApi(uri.getPath())) {
            return Problem.noSuchResource(uri.getPath()); // the API answers in problem+json, not with a page
        }
        if (READ.contains(request.getMethod()) && CAPITALISED.matcher(uri.getPath()).matches()) {
            // Every address of the site is lower case; /About and /Topics/<slug> had been 404s while capitals in a slug
            // were redirected. One hop, to the address in lower case and in the site's shape, which then answers as it
            // would (a renamed topic's former slug still takes a second: finding its current one needs the database).
            return pages.movedTo(lowered(uri.getPath()), uri.getRequestUri().getRawQuery());
        }
        return pages.answer(page(languageOf(uri.getPath())), headers, Response.Status.NOT_FOUND);
    }

    /**
     * {@code path} in lower case, shaped as the site's addresses are, so that a redirect to it is the last: no empty or
     * dot segments, and no slash at the end but the home pages' ({@code /ES/} and {@code /About/} had taken two hops).
     */
    static String lowered(String path) {
        String lower = URI.create(path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/")).normalize().getPath();
        if (lower.length() > 1 && lower.endsWith("/")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        String spanishHome = Slugs.homePath(Language.SPANISH);
        return lower.equals(spanishHome.substring(0, spanishHome.length() - 1)) ? spanishHome : lower;
    }

    private CachedPage page(Language language) {
        return latest.latest(language)
                .map(topics -> pages.cache().get(key(language), () -> render(language, topics)))
                // Not kept: the topics could not be read yet (the database was away at start).
                .orElseGet(() -> render(language, List.of()));
    }

    private CachedPage render(Language language, List<TopicSummary> topics) {
        String site = pages.site().name();
        Messages messages = pages.messages(language);
        PageMeta meta = PageMeta.website(messages.notFoundHeadline() + " | " + site, messages.notFoundHeadline(),
                messages.notFoundDescription(site), null, pages.structuredData().forSite(language))
                .in(language, List.of());
        return CachedPage.html(pages.render(new notFound(topics, meta), language),
                PublishedTopics.lastModified(topics, Instant.EPOCH));
    }
}
