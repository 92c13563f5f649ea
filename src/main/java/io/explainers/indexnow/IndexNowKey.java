package io.explainers.indexnow;

import java.util.Optional;
import java.util.regex.Pattern;

/** What the IndexNow protocol accepts as a key. */
public final class IndexNowKey {

    static final Pattern FORMAT = Pattern.compile("[a-zA-Z0-9-]{8,128}");

    private IndexNowKey() {
    }

    /** Why {@code key} cannot be used, or empty when it can (or is not set: IndexNow is then off). */
    public static Optional<String> problem(Optional<String> key) {
        return key.filter(k -> !FORMAT.matcher(k).matches())
                .map(k -> "EXPLAINERS_INDEXNOW_KEY (explainers.indexnow.key) must be 8 to 128 characters of a-z, A-Z, 0-9 "
                        + "and '-', as the IndexNow protocol requires; the one set has " + k.length()
                        + " characters" + (k.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))
                                ? ""
                                : " and others than those")
                        + ". Unset it to turn IndexNow off.");
    }
}
