package io.explainers.content;

import java.util.regex.Pattern;

import io.explainers.web.Language;

/** What a topic's address may look like: lowercase words of letters and digits joined by single hyphens. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;
    private static final Pattern SLUG = Pattern.compile(PATTERN);

    private Slugs() {
    }

    /**
     * The one place a topic's address is spelled: the site routes it, templates link to it ({@code {topic.url}}), the
     * structured data and the sitemap make it absolute, and the SEO checks compare against it.
     */
    public static String topicPath(String slug) {
        return "/topics/" + slug;
    }

    /**
     * The address of an edition: English topics at {@code /topics/{slug}}, Spanish ones at {@code /es/temas/{slug}}.
     * Every edition's address, and so every hreflang alternate, is derived here.
     */
    public static String topicPath(Language language, String slug) {
        return language == Language.SPANISH ? "/es/temas/" + slug : topicPath(slug);
    }

    /** The home page of the editions in {@code language}: {@code /} and {@code /es/}. */
    public static String homePath(Language language) {
        return language == Language.SPANISH ? "/es/" : "/";
    }

    /** Whether {@code path} is a topic page's address, in any language, spelled as {@link #topicPath} spells it. */
    public static boolean isTopicPath(String path) {
        for (Language language : Language.values()) {
            String prefix = topicPath(language, "");
            if (path.startsWith(prefix) && isSlug(path.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSlug(String text) {
        return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
    }
}
