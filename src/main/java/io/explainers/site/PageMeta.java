package io.explainers.site;

/**
 * What the head of a page says about it: title, headline (the h1, for Open Graph), description, canonical URL (none:
 * the page is not to be indexed), the kind of page, the structured data (already made safe to sit inside a script
 * element), the picture shown when the page is shared, if it has one, and the previous and next pages of a list that
 * spans several. Made by {@link #website} or {@link #article}, so no page lists these by position.
 */
public record PageMeta(String title, String headline, String description, String canonicalUrl, Type type, String jsonLd,
        ShareImage image, String previousUrl, String nextUrl) {

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

    /** A page of the site that is not an explainer: the home page, the 404 page, the outage page. */
    public static PageMeta website(String title, String headline, String description, String canonicalUrl, String jsonLd) {
        return new PageMeta(title, headline, description, canonicalUrl, Type.WEBSITE, jsonLd, null, null, null);
    }

    /** An explainer, with its share card. */
    public static PageMeta article(String title, String headline, String description, String canonicalUrl, String jsonLd,
            ShareImage image) {
        return new PageMeta(title, headline, description, canonicalUrl, Type.ARTICLE, jsonLd, image, null, null);
    }

    /** The same page as one of a list that spans several: its neighbours' absolute URLs, null at either end. */
    public PageMeta withNeighbours(String previousUrl, String nextUrl) {
        return new PageMeta(title, headline, description, canonicalUrl, type, jsonLd, image, previousUrl, nextUrl);
    }

    /** {@code og:type}. */
    public String ogType() {
        return type.ogType;
    }
}
