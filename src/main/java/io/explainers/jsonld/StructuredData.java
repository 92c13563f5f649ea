package io.explainers.jsonld;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.explainers.content.Slugs;
import io.explainers.content.TopicSummary;
import io.explainers.content.TopicView;
import io.explainers.web.Language;
import io.explainers.web.Site;

/**
 * The schema.org graph of each page, built from the same view objects the templates render, as Jackson trees (no
 * reflection, so it works unchanged in a native build). Nodes refer to each other by {@code @id}.
 */
@ApplicationScoped
public class StructuredData {

    static final String PEDIATRIC = "https://schema.org/Pediatric";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Site site;

    StructuredData(Site site) {
        this.site = site;
    }

    /**
     * A topic page: the publisher, the site, the page as a medical web page with its FAQ, its translations, and its
     * breadcrumbs, the first of which, the home page, is called {@code homeName} in the page's language.
     */
    public String forTopic(TopicView topic, String homeName) {
        Language language = topic.language();
        String url = site.url(topic.path());
        ArrayNode graph = siteNodes();

        ObjectNode page = graph.addObject();
        // A page without questions is no FAQPage: an empty mainEntity contradicts the page it describes.
        page.set("@type", topic.faq().isEmpty() ? JSON.textNode("MedicalWebPage")
                : JSON.arrayNode().add("MedicalWebPage").add("FAQPage"));
        page.put("@id", url);
        page.put("url", url);
        page.put("name", topic.title());
        page.put("headline", topic.title());
        page.put("description", topic.metaDescription());
        page.put("inLanguage", site.language(language));
        page.set("isPartOf", ref(websiteId()));
        page.set("publisher", ref(organizationId()));
        if (topic.isTranslation()) {
            // The editorial team is the publisher itself.
            page.set("translator", topic.translator() == null ? ref(organizationId())
                    : JSON.objectNode().put("@type", "Person").put("name", topic.translator()));
            if (topic.original() != null) {
                page.set("translationOfWork", edition(topic.original()));
            }
        } else if (!topic.otherEditions().isEmpty()) {
            ArrayNode translations = page.putArray("workTranslation");
            topic.otherEditions().forEach(edition -> translations.add(edition(edition)));
        }
        page.put("datePublished", topic.publishedAt().toString());
        page.put("dateModified", topic.modifiedAt().toString());
        if (topic.isReviewed()) {
            page.put("lastReviewed", topic.lastReviewedOn().toString());
            page.set("reviewedBy", ref(reviewerId(topic.reviewedBy())));
        }
        if (!topic.sources().isEmpty()) {
            ArrayNode citations = page.putArray("citation");
            for (TopicView.SourceView source : topic.sources()) {
                ObjectNode citation = citations.addObject()
                        .put("@type", "CreativeWork")
                        .put("name", source.title())
                        .put("url", source.url());
                citation.putObject("publisher").put("@type", "Organization").put("name", source.publisher());
            }
        }
        ObjectNode about = page.putObject("about");
        about.put("@type", topic.about().type());
        about.put("name", topic.about().name());
        if (topic.about().alternateName() != null) {
            about.put("alternateName", topic.about().alternateName());
        }
        page.put("specialty", PEDIATRIC);
        page.putObject("audience")
                .put("@type", "ParentAudience")
                .put("childMinAge", topic.audience().childMinAge())
                .put("childMaxAge", topic.audience().childMaxAge());
        page.set("breadcrumb", ref(url + "#breadcrumb"));
        if (!topic.faq().isEmpty()) {
            ArrayNode questions = page.putArray("mainEntity");
            for (TopicView.FaqView entry : topic.faq()) {
                ObjectNode question = questions.addObject();
                question.put("@type", "Question");
                question.put("name", entry.question());
                question.putObject("acceptedAnswer").put("@type", "Answer").put("text", entry.answer());
            }
        }

        if (topic.isReviewed()) {
            TopicView.ReviewerView reviewer = topic.reviewedBy();
            ObjectNode person = graph.addObject()
                    .put("@type", "Person")
                    .put("@id", reviewerId(reviewer))
                    .put("name", reviewer.name());
            if (reviewer.credentials() != null) {
                person.put("honorificSuffix", reviewer.credentials());
            }
            if (reviewer.jobTitle() != null) {
                person.put("jobTitle", reviewer.jobTitle());
            }
            if (reviewer.url() != null) {
                person.put("url", reviewer.url());
            }
        }

        ObjectNode breadcrumb = graph.addObject();
        breadcrumb.put("@type", "BreadcrumbList");
        breadcrumb.put("@id", url + "#breadcrumb");
        ArrayNode crumbs = breadcrumb.putArray("itemListElement");
        crumbs.add(listItem(1, homeName, site.url(Slugs.homePath(language))));
        crumbs.add(listItem(2, topic.title(), url));
        return document(graph);
    }

    /**
     * A home page at {@code url}: the publisher, the site, and the page as a collection listing its topics, numbered
     * from {@code firstPosition} (pages after the first continue the numbering).
     */
    public String forHome(Language language, List<TopicSummary> topics, String url, int firstPosition) {
        ArrayNode graph = siteNodes();
        ObjectNode page = graph.addObject();
        page.put("@type", "CollectionPage");
        page.put("@id", url);
        page.put("url", url);
        page.put("name", site.name());
        page.put("description", site.description(language));
        page.put("inLanguage", site.language(language));
        page.set("isPartOf", ref(websiteId()));
        page.set("publisher", ref(organizationId()));
        ObjectNode list = page.putObject("mainEntity");
        list.put("@type", "ItemList");
        list.put("@id", url + "#topics");
        list.put("numberOfItems", topics.size());
        ArrayNode items = list.putArray("itemListElement");
        int position = firstPosition;
        for (TopicSummary topic : topics) {
            items.add(listItem(position++, topic.title(), site.url(topic.path())));
        }
        return document(graph);
    }

    /**
     * The About page at {@code url}: who publishes the site and how it is written, reviewed and corrected; the
     * publisher's {@code publishingPrinciples} on every page point here.
     */
    public String forAbout(String url, String name, String description) {
        ArrayNode graph = siteNodes();
        ObjectNode page = graph.addObject();
        page.put("@type", "AboutPage");
        page.put("@id", url);
        page.put("url", url);
        page.put("name", name);
        page.put("description", description);
        page.put("inLanguage", site.language());
        page.set("isPartOf", ref(websiteId()));
        page.set("about", ref(organizationId()));
        page.set("publisher", ref(organizationId()));
        return document(graph);
    }

    /** Any other page: who publishes it and the site it belongs to. */
    public String forSite(Language language) {
        return document(siteNodes());
    }

    private ArrayNode siteNodes() {
        ArrayNode graph = JSON.arrayNode();
        ObjectNode organization = graph.addObject()
                .put("@type", "Organization")
                .put("@id", organizationId())
                .put("name", site.name())
                .put("url", site.homeUrl())
                .put("publishingPrinciples", site.aboutUrl());
        if (!site.sameAs().isEmpty()) {
            ArrayNode sameAs = organization.putArray("sameAs");
            site.sameAs().forEach(sameAs::add);
        }
        ObjectNode website = graph.addObject()
                .put("@type", "WebSite")
                .put("@id", websiteId())
                .put("name", site.name())
                .put("url", site.homeUrl());
        // The site, not the page: every language it publishes in (a Spanish page had said the site was English only).
        ArrayNode languages = website.putArray("inLanguage");
        for (Language language : Language.values()) {
            languages.add(site.language(language));
        }
        website.set("publisher", ref(organizationId()));
        return graph;
    }

    private String document(ArrayNode graph) {
        ObjectNode root = JSON.objectNode();
        root.put("@context", "https://schema.org");
        root.set("@graph", graph);
        return ScriptSafeJson.write(root);
    }

    /** The page of another edition, said in enough words to stand on its own (its own page says the rest). */
    private ObjectNode edition(TopicView.Edition edition) {
        String url = site.url(edition.path());
        return JSON.objectNode().put("@type", "MedicalWebPage").put("@id", url).put("url", url)
                .put("inLanguage", site.language(edition.language()));
    }

    private ObjectNode listItem(int position, String name, String url) {
        return JSON.objectNode().put("@type", "ListItem").put("position", position).put("name", name).put("item", url);
    }

    private static ObjectNode ref(String id) {
        return JSON.objectNode().put("@id", id);
    }

    private String organizationId() {
        return site.homeUrl() + "#organization";
    }

    /** A reviewer is one node however many pages they reviewed. */
    private String reviewerId(TopicView.ReviewerView reviewer) {
        return site.homeUrl() + "#reviewer-" + reviewer.id();
    }

    private String websiteId() {
        return site.homeUrl() + "#website";
    }
}
