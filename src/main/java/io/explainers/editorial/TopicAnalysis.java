package io.explainers.editorial;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.explainers.content.ReviewCycle;
import io.explainers.content.Topic;
import io.explainers.content.TopicView;
import io.explainers.seo.Analysis;
import io.explainers.seo.PageContent;
import io.explainers.site.TopicResource;
import io.explainers.web.Language;

/**
 * Analyses a topic as the page a crawler would get: the topic is rendered by the site's own page code ({@link
 * TopicResource#html}) with its structured data (a draft as if published now), and the checks read the h1, the meta description
 * and the JSON-LD from
 * that HTML. The checks themselves are the pure functions of {@link Analysis}.
 */
@ApplicationScoped
public class TopicAnalysis {

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern META_DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Editorial editorial;
    private final TopicResource pages;

    private final ReviewCycle reviews;

    TopicAnalysis(Editorial editorial, TopicResource pages, ReviewCycle reviews) {
        this.editorial = editorial;
        this.pages = pages;
        this.reviews = reviews;
    }

    @Transactional
    public Analysis of(String slug) {
        return analyse(editorial.find(slug));
    }

    /** The analysis of a document that is not stored (an import's dry run), on the page it would have. */
    @Transactional
    public Analysis of(TopicDocument document) {
        return of(document, Language.ENGLISH);
    }

    /** The same, for an edition in {@code language}: its page is that language's, and so are its checks. */
    @Transactional
    public Analysis of(TopicDocument document, Language language) {
        Topic unsaved = new Topic();
        unsaved.language = language.code();
        TopicDocuments.apply(document, unsaved);
        unsaved.modifiedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return analyse(unsaved);
    }

    private Analysis analyse(Topic topic) {
        TopicView view = TopicView.of(topic, reviews);
        if (view.publishedAt() == null) {
            view = view.withPublishedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS)); // a draft, as if published now
        }
        return Analysis.of(content(view, pages.html(view)));
    }

    /** The topic as the page shows it, and what the rendered HTML says: its h1s, meta description and JSON-LD. */
    static PageContent content(TopicView view, String html) {
        List<String> h1s = new ArrayList<>();
        Matcher h1 = H1.matcher(html);
        while (h1.find()) {
            h1s.add(unescape(TAG.matcher(h1.group(1)).replaceAll("")).strip());
        }
        Matcher description = META_DESCRIPTION.matcher(html);
        return new PageContent(view, h1s, description.find() ? unescape(description.group(1)) : null, articleNode(html));
    }

    /** The MedicalWebPage node of the page's JSON-LD graph. */
    private static JsonNode articleNode(String html) {
        Matcher script = JSON_LD.matcher(html);
        if (!script.find()) {
            return null;
        }
        try {
            for (JsonNode node : JSON.readTree(script.group(1)).path("@graph")) {
                if (node.path("@type").toString().contains("\"MedicalWebPage\"")) {
                    return node;
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Undoes the escaping Qute applies to text and attribute values. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
