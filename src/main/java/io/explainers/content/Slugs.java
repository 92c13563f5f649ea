package io.explainers.content;

import java.util.regex.Pattern;

/** What a topic's address may look like: lowercase words of letters and digits joined by single hyphens. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;
    private static final Pattern SLUG = Pattern.compile(PATTERN);

    private Slugs() {
    }

    public static boolean isSlug(String text) {
        return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
    }
}
