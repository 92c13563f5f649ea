package io.explainers.site;

/**
 * What the head of a page says about it: title, headline (the h1, for Open Graph), description, canonical URL, Open Graph type and the structured
 * data, already made safe to sit inside a script element.
 */
public record PageMeta(String title, String headline, String description, String canonicalUrl, String ogType, String jsonLd) {

    public boolean isArticle() {
        return "article".equals(ogType);
    }
}
