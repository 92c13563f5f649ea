package io.explainers.site;

import java.util.Arrays;
import java.util.List;

import io.explainers.content.Slugs;
import io.explainers.content.TopicView;
import io.explainers.web.Language;
import io.explainers.web.Site;

/**
 * What the head of a page says about it: title, headline (the h1, for Open Graph), description, canonical URL (none:
 * the page is not to be indexed), the kind of page, the structured data (already made safe to sit inside a script
 * element), the picture shown when the page is shared, if it has one, and the previous and next pages of a list that
 * spans several. Made by {@link #website} or {@link #article}, so no page lists these by position.
 */
public record PageMeta(String title, String headline, String description, String canonicalUrl, Type type, String jsonLd,
        ShareImage image, String previousUrl, String nextUrl, Language language, List<Alternate> alternates) {

    /** The Open Graph type: a page of the site, or one explainer. */
    public enum Type {
        WEBSITE("website"),
        ARTICLE("article");

        private final String ogType;

        Type(String ogType) {
            this.ogType = ogType;
        }
    }

    /** An absolute URL to a PNG of known size, and the text that describes it. */
    public record ShareImage(String url, int width, int height, String alt) {
    }

    /** The same page in a language (this one among them): its address on the site and its absolute URL. */
    public record Alternate(Language language, String path, String url) {

        /** The page at {@code path} in {@code language}. */
        public static Alternate at(Language language, String path, Site site) {
            return new Alternate(language, path, site.url(path));
        }

        /** A published edition of a topic. */
        public static Alternate of(TopicView.Edition edition, Site site) {
            return at(edition.language(), edition.path(), site);
        }

        /** The home pages, one per language: each is the same page as the others. */
        public static List<Alternate> homePages(Site site) {
            return Arrays.stream(Language.values()).map(language -> at(language, Slugs.homePath(language), site)).toList();
        }
    }

    /** A page of the site that is not an explainer: the home page, the 404 page, the outage page. */
    public static PageMeta website(String title, String headline, String description, String canonicalUrl, String jsonLd) {
        return new PageMeta(title, headline, description, canonicalUrl, Type.WEBSITE, jsonLd, null, null, null,
                Language.ENGLISH,
                List.of());
    }

    /** An explainer, with its share card. */
    public static PageMeta article(String title, String headline, String description, String canonicalUrl, String jsonLd,
            ShareImage image) {
        return new PageMeta(title, headline, description, canonicalUrl, Type.ARTICLE, jsonLd, image, null, null,
                Language.ENGLISH,
                List.of());
    }

    /** The same page as one of a list that spans several: its neighbours' absolute URLs, null at either end. */
    public PageMeta withNeighbours(String previousUrl, String nextUrl) {
        return new PageMeta(title, headline, description, canonicalUrl, type, jsonLd, image, previousUrl, nextUrl, language,
                alternates);
    }

    /**
     * The same page in {@code language}, with the addresses of every language it exists in (itself included; none when
     * it exists in one language only): the head's hreflang links and the language switch.
     */
    public PageMeta in(Language language, List<Alternate> alternates) {
        return new PageMeta(title, headline, description, canonicalUrl, type, jsonLd, image, previousUrl, nextUrl, language,
                List.copyOf(alternates));
    }

    /** The page for {@code hreflang="x-default"}: the English one. */
    public Alternate xDefault() {
        return alternates.stream().filter(alternate -> alternate.language() == Language.ENGLISH).findFirst().orElse(null);
    }

    /** The languages to switch to: every alternate but this page's own. */
    public List<Alternate> otherLanguages() {
        return alternates.stream().filter(alternate -> alternate.language() != language).toList();
    }

    /** The home page in the page's language: where the site's name and "Home" lead. */
    public String homePath() {
        return Slugs.homePath(language);
    }

    /** {@code og:type}. */
    public String ogType() {
        return type.ogType;
    }
}
