package io.explainers.site;

/**
 * What the head of a page says about it: title, headline (the h1, for Open Graph), description, canonical URL, Open
 * Graph type, the structured data (already made safe to sit inside a script element), the picture shown when the
 * page is shared, if it has one, and the previous and next pages of a list that spans several.
 */
public record PageMeta(String title, String headline, String description, String canonicalUrl, String ogType, String jsonLd,
        ShareImage image, String previousUrl, String nextUrl) {

    /** An absolute URL to a PNG of known size, and the text that describes it. */
    public record ShareImage(String url, int width, int height, String alt) {
    }

    public PageMeta(String title, String headline, String description, String canonicalUrl, String ogType, String jsonLd) {
        this(title, headline, description, canonicalUrl, ogType, jsonLd, null);
    }

    public PageMeta(String title, String headline, String description, String canonicalUrl, String ogType, String jsonLd,
            ShareImage image) {
        this(title, headline, description, canonicalUrl, ogType, jsonLd, image, null, null);
    }

    public boolean isArticle() {
        return "article".equals(ogType);
    }
}
