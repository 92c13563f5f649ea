package io.explainers.site;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.explainers.jsonld.StructuredData;
import io.explainers.web.Language;
import io.explainers.web.Site;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;

/**
 * What every page resource needs besides its own data: the page cache, the HTTP answer (validators, 304s, gzip,
 * lifetimes), redirects, and the site and structured data its head is made from. A page resource is then its route,
 * what it reads, and its template. (Cache hits never come here: {@link CachedPageFilter} answers them first.)
 */
@ApplicationScoped
public class PageRenderer {

    private final PageCache cache;
    private final PageResponses responses;
    private final StructuredData structuredData;
    private final Site site;

    PageRenderer(PageCache cache, PageResponses responses, StructuredData structuredData, Site site) {
        this.cache = cache;
        this.responses = responses;
        this.structuredData = structuredData;
        this.site = site;
    }

    /**
     * The page kept under {@code key}, rendered (once, however many ask at the same time) when it is not kept yet;
     * empty when {@code render} finds no such page, which is not kept.
     */
    public Optional<Response> cached(String key, Supplier<CachedPage> render, HttpHeaders request) {
        return Optional.ofNullable(cache.get(key, render)).map(page -> responses.of(page, request));
    }

    /** A page that is not kept (or is kept by the caller) answered with {@code status}. */
    public Response answer(CachedPage page, HttpHeaders request, Response.Status status) {
        return responses.of(page, request, status);
    }

    /**
     * A 301 to {@code path} on this site, cacheable like a page: an old or misspelled address keeps leading to the same
     * place. It keeps the request's query, so campaign parameters and the like still reach the page.
     */
    public Response movedTo(String path, HttpServerRequest request) {
        return movedTo(path, request.query());
    }

    /** {@link #movedTo(String, HttpServerRequest)} with {@code query} as sent (null or empty: none). */
    public Response movedTo(String path, String query) {
        String url = site.url(query == null || query.isEmpty() ? path : path + "?" + UriQuery.encoded(query));
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create(url))
                .header(HttpHeaders.CACHE_CONTROL, responses.cacheControl())
                .build();
    }

    /** A page's HTML in UTF-8, as it is sent, its interface strings ({@code {msg:…}}) in {@code language}. */
    public byte[] render(TemplateInstance page, Language language) {
        return renderIn(page, language);
    }

    /** {@link #render}, for pages made where no renderer is at hand (the outage page). */
    public static byte[] renderIn(TemplateInstance page, Language language) {
        // English pages render in the bundle's default locale, as they did before there were editions.
        TemplateInstance localized = language == Language.ENGLISH ? page : page.setLocale(language.locale());
        // Each piece of the template's output is encoded as it comes. Encoding the whole page at the end was a twelfth
        // of a rendering: one curly quote makes the whole page a UTF-16 string, which Java encodes a character at a
        // time, while the template's own markup, ASCII, is copied in bulk.
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        try {
            localized.consume(piece -> body.writeBytes(piece.getBytes(StandardCharsets.UTF_8))).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return body.toByteArray();
    }

    /** The interface strings in {@code language}, for what Java code says (titles, descriptions, text alternatives). */
    public Messages messages(Language language) {
        return messagesIn(language);
    }

    public static Messages messagesIn(Language language) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language.code()));
    }

    /** The text as a sentence starts: "Health explainers for parents". */
    static String sentence(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    public PageCache cache() {
        return cache;
    }

    public StructuredData structuredData() {
        return structuredData;
    }

    public Site site() {
        return site;
    }
}
