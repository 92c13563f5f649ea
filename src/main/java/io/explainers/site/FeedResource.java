package io.explainers.site;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.explainers.content.PublishedTopics;
import io.explainers.content.Slugs;
import io.explainers.content.Topic;
import io.explainers.web.Language;
import io.explainers.web.Site;
import io.vertx.core.http.HttpServerRequest;

/**
 * The Atom feed (RFC 4287) of the {@value #ENTRIES} most recently published or changed topics, kept in the page cache
 * like a page (ETag, Last-Modified, 304, gzip) and dropped with the listing pages whenever a topic changes. An entry's
 * id is a tag URI made from the topic's database id, so it stays the same through a change of title or address; its
 * {@code updated} is the topic's modification time, the feed's that of its newest entry. (The content's time, which
 * every change moves, gave a replica that made the feed after a change it does not show, such as a reviewer's, other
 * bytes than a replica that kept its feed through it.) Last-Modified is the content's time, which only moves forward.
 */
@Path(Site.FEED_PATH)
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final int ENTRIES = 20;
    private static final String NS = "http://www.w3.org/2005/Atom";
    /** The tag URI's date (RFC 4151): any fixed day the site owned its name; it never changes. */
    private static final String TAG_DATE = "2025";
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final PublishedTopics topics;
    private final PageRenderer pages;

    FeedResource(PublishedTopics topics, PageRenderer pages) {
        this.topics = topics;
        this.pages = pages;
    }

    @GET
    public Response feed(HttpHeaders headers, HttpServerRequest request) {
        if (!request.path().equals(Site.FEED_PATH)) {
            return pages.movedTo(Site.FEED_PATH, request); // the raw path: one address for the feed
        }
        return pages.cached(Site.FEED_PATH, this::render, headers).orElseThrow();
    }

    private CachedPage render() {
        Instant updated = topics.lastChange();
        List<Topic> recent = topics.recentlyChanged(Language.ENGLISH, ENTRIES);
        try {
            Instant newest = recent.isEmpty() ? HttpDates.notLaterThanNow(updated) : recent.get(0).modifiedAt;
            return CachedPage.of(ATOM, atom(recent, newest), updated);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the feed failed", e);
        }
    }

    private String atom(List<Topic> recent, Instant updated) throws XMLStreamException {
        Site site = pages.site();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", site.language());
        element(xml, "id", tag(site, "feed"));
        element(xml, "title", site.name());
        element(xml, "subtitle", site.description());
        element(xml, "updated", updated.toString());
        link(xml, "self", site.feedUrl(), ATOM.substring(0, ATOM.indexOf(';')));
        link(xml, "alternate", site.homeUrl(), "text/html");
        xml.writeStartElement("author");
        element(xml, "name", site.name());
        element(xml, "uri", site.homeUrl());
        xml.writeEndElement();
        for (Topic topic : recent) {
            xml.writeStartElement("entry");
            element(xml, "id", tag(site, "topic:" + topic.id));
            element(xml, "title", topic.title);
            link(xml, "alternate", site.url(Slugs.topicPath(topic.slug)), "text/html");
            if (topic.publishedAt != null) {
                element(xml, "published", topic.publishedAt.toString());
            }
            element(xml, "updated", topic.modifiedAt.toString());
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(topic.metaDescription);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    /** {@code tag:host,date:specific}: the host is the site's, so two sites never share ids. */
    private static String tag(Site site, String specific) {
        return "tag:" + URI.create(site.baseUrl()).getHost() + "," + TAG_DATE + ":" + specific;
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
