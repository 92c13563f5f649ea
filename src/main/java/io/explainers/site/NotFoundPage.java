package io.explainers.site;

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
            // were redirected. One hop, to the address in lower case, which then answers as it would.
            return pages.movedTo(uri.getPath().toLowerCase(Locale.ROOT), uri.getRequestUri().getRawQuery());
        }
        return pages.answer(page(languageOf(uri.getPath())), headers, Response.Status.NOT_FOUND);
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
