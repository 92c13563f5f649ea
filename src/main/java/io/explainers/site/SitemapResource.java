package io.explainers.site;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;

import io.explainers.content.PublishedTopics;
import io.explainers.content.SiteSnapshot;
import io.explainers.content.SitemapEntry;
import io.explainers.content.Slugs;
import io.explainers.web.ExplainersConfig;
import io.explainers.web.Language;
import io.explainers.web.Site;
import io.vertx.core.http.HttpServerRequest;

/**
 * The sitemaps.org sitemap: the home page, the About page and every published topic. Above {@code max-urls} URLs the sitemap
 * becomes
 * an index of numbered sitemaps. The XML is streamed from the database slice by slice, so a site of any size costs a
 * few kilobytes of memory; its validators come from the content version, so a crawler that already has it gets a 304
 * without a single topic being read. The body is read from one snapshot of the database, the state its ETag names;
 * should the content change between the validators and the body, or the body fail halfway, the response is cut off
 * rather than ended, so no client or CDN keeps it as a complete sitemap.
 */
@Path("/")
public class SitemapResource {

    static final String XML = "application/xml;charset=UTF-8";
    static final String SITEMAP_PATH = "/sitemap.xml";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Google's image sitemap extension: each topic's share card. */
    private static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    /** Google's namespace for a URL's language alternates in a sitemap. */
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int SLICE = 1000;
    /** The home pages and the About page come first, numbers 0 to 2. */
    private static final int PAGES_BEFORE_TOPICS = 3;
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final PublishedTopics topics;
    private final PageResponses responses;
    private final PageRenderer pages;
    private final Site site;
    private final int maxUrls;
    private final String form;

    SitemapResource(PublishedTopics topics, PageResponses responses, PageRenderer pages, Site site,
            ExplainersConfig config, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.topics = topics;
        this.responses = responses;
        this.pages = pages;
        this.site = site;
        this.maxUrls = config.sitemap().maxUrls();
        this.form = form(site.homeUrl(), maxUrls, version);
    }

    /**
     * What shapes the sitemap besides the content, as a few characters of its ETag: the address every URL starts with,
     * how many URLs a sitemap holds, and the application's version. With the content version alone, a deploy that
     * moved the site to another address or split the sitemap into an index kept the ETag, and a CDN kept the old
     * sitemap until the next change of content.
     */
    static String form(String homeUrl, int maxUrls, String version) {
        return CachedPage.digest((homeUrl + "\n" + maxUrls + "\n" + version).getBytes(StandardCharsets.UTF_8), 8);
    }

    /**
     * The ETag of sitemap {@code part} (0: the one at /sitemap.xml) of the content at {@code snapshot}, whose home pages
     * show {@code homeDate}: the content's time, or the clock's while a burst of changes runs that time ahead, which the
     * version alone does not say.
     */
    private String etag(SiteSnapshot snapshot, int part, Instant homeDate) {
        return "\"sitemap-v" + snapshot.contentVersion() + (part == 0 ? "" : "-" + part)
                + (homeDate == null ? "" : "-" + homeDate.getEpochSecond()) + "-" + form + "\"";
    }

    /** The home pages' lastmod: the content's time, never later than now. */
    private static Instant homeDate(SiteSnapshot snapshot) {
        return snapshot.lastModified() == null ? null : HttpDates.notLaterThanNow(snapshot.lastModified());
    }

    @GET
    @Path("sitemap.xml")
    public Response sitemap(HttpHeaders headers, HttpServerRequest request) {
        if (!request.path().equals(SITEMAP_PATH)) {
            return pages.movedTo(SITEMAP_PATH, request); // the raw path: one address for each sitemap
        }
        SiteSnapshot snapshot = topics.snapshot();
        int parts = parts(snapshot);
        // The index lists no pages, so no date of theirs.
        Instant homeDate = parts == 1 ? homeDate(snapshot) : null;
        StreamingOutput body = parts == 1
                ? out -> writeUrls(out, snapshot, 1, homeDate)
                : out -> writeIndex(out, parts);
        return responses.streamed(body, XML, etag(snapshot, 0, homeDate), lastModified(snapshot), headers,
                request.response());
    }

    @GET
    @Path("sitemap-{part: [0-9]{1,9}}.xml")
    public Response part(@RestPath int part, HttpHeaders headers, HttpServerRequest request) {
        SiteSnapshot snapshot = topics.snapshot();
        int parts = parts(snapshot);
        if (parts == 1 || part < 1 || part > parts) {
            throw new NotFoundException();
        }
        if (!request.path().equals(partPath(part))) {
            return pages.movedTo(partPath(part), request); // /sitemap-01.xml, /sitemap-1.xml/
        }
        Instant homeDate = part == 1 ? homeDate(snapshot) : null; // the home pages are in the first part only
        return responses.streamed(out -> writeUrls(out, snapshot, part, homeDate), XML, etag(snapshot, part, homeDate),
                lastModified(snapshot), headers, request.response());
    }

    private static String partPath(int part) {
        return "/sitemap-" + part + ".xml";
    }

    private int parts(SiteSnapshot snapshot) {
        long urls = snapshot.publishedTopics() + PAGES_BEFORE_TOPICS;
        return (int) Math.max(1, (urls + maxUrls - 1) / maxUrls);
    }

    private static Instant lastModified(SiteSnapshot snapshot) {
        return snapshot.lastModified() != null ? snapshot.lastModified() : Instant.EPOCH;
    }

    /**
     * Part {@code part} holds URLs number (part-1)*max to part*max-1, the home page being number 0 and the About page
     * number 1, as they stand in
     * the snapshot the validators were made from.
     */
    private void writeUrls(OutputStream out, SiteSnapshot named, int part, Instant homeDate) {
        topics.inSnapshot(snapshot -> {
            if (snapshot.contentVersion() != named.contentVersion()) {
                // Changed between the validators and the body (nothing is sent yet): the crawler asks again.
                throw new ServiceUnavailableException(1L);
            }
            try {
                XMLStreamWriter xml = xmlTo(out, "urlset");
                writeUrls(xml, snapshot, part, homeDate);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("Writing the sitemap failed", e);
            }
        });
    }

    private void writeUrls(XMLStreamWriter xml, SiteSnapshot snapshot, int part, Instant homeDate)
            throws XMLStreamException {
        long first = (long) (part - 1) * maxUrls;
        long remaining = Math.min(maxUrls, snapshot.publishedTopics() + PAGES_BEFORE_TOPICS - first);
        for (long number = first; number < PAGES_BEFORE_TOPICS && remaining > 0; number++, remaining--) {
            if (number < 2) {
                // Each home page with both as its alternates: hreflang in a sitemap wants every version listed, and
                // the Spanish home page was named only as the English one's alternate.
                String home = number == 0 ? site.homeUrl() : site.url(Slugs.homePath(Language.SPANISH));
                url(xml, home, homeDate, null, PageMeta.Alternate.homePages(site));
            } else {
                // It changes with the configuration only; no date is better than a made-up one.
                url(xml, site.aboutUrl(), null, null, List.of());
            }
        }
        long afterId = 0;
        long offset = Math.max(0, first - PAGES_BEFORE_TOPICS);
        while (remaining > 0) {
            List<SitemapEntry> slice = topics.sitemapSlice(afterId, offset, (int) Math.min(SLICE, remaining));
            if (slice.isEmpty()) {
                break;
            }
            for (SitemapEntry entry : slice) {
                url(xml, site.url(entry.path()), entry.modifiedAt(), site.url(ShareCards.path(entry.language(), entry.slug())),
                        entry.editions().stream().map(edition -> PageMeta.Alternate.of(edition, site)).toList());
            }
            afterId = slice.get(slice.size() - 1).id();
            offset = 0;
            remaining -= slice.size();
        }
        end(xml);
    }

    private void writeIndex(OutputStream out, int parts) {
        try {
            XMLStreamWriter xml = xmlTo(out, "sitemapindex");
            for (int part = 1; part <= parts; part++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", site.url(partPath(part)));
                xml.writeEndElement();
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the sitemap index failed", e);
        }
    }

    private static XMLStreamWriter xmlTo(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NS);
        if (root.equals("urlset")) {
            xml.writeNamespace("xhtml", XHTML);
            xml.writeNamespace("image", IMAGE_NS);
        }
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /**
     * A URL with its language alternates (itself among them, and x-default for English), when it has any, and its
     * image (a topic's share card), when it has one.
     */
    private static void url(XMLStreamWriter xml, String loc, Instant lastModified, String image,
            List<PageMeta.Alternate> alternates) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified.toString()); // ISO-8601 in UTC: a W3C datetime
        }
        for (PageMeta.Alternate alternate : alternates) {
            link(xml, alternate.language().hreflang(), alternate.url());
        }
        for (PageMeta.Alternate alternate : alternates) {
            if (alternate.language() == Language.ENGLISH) {
                link(xml, "x-default", alternate.url());
            }
        }
        if (image != null) {
            xml.writeStartElement("image", "image", IMAGE_NS);
            xml.writeStartElement("image", "loc", IMAGE_NS);
            xml.writeCharacters(image);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
