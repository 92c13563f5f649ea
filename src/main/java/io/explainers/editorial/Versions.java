package io.explainers.editorial;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.explainers.web.Problem;
import io.explainers.web.ProblemException;

/** A topic's or a reviewer's version as an HTTP entity tag, and the version a write request says it is based on. */
final class Versions {

    /**
     * A strong ETag only: If-Match compares strongly, so a weak tag ({@code W/"3"}) never matches (RFC 9110 13.1.1),
     * and taking it as version 3 would apply a change that the client's own condition forbids.
     */
    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * If-Match when given (it must be an ETag this API issued), else the body's version, else null: the change then
     * applies to whatever version is current. When both are given they must agree: a request cannot be based on two
     * versions. {@code If-Match: *} means "any current version" (RFC 9110), so it agrees with any body version.
     */
    static Long basedOn(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || isAnyVersion(ifMatch)) {
            return bodyVersion;
        }
        Matcher matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new ProblemException(Problem.invalid("If-Match",
                    "must be one strong ETag as GET returned it, for example \"3\" (a weak W/ tag never matches)"));
        }
        long version = Long.parseLong(matcher.group(1));
        if (bodyVersion != null && bodyVersion != version) {
            throw new ProblemException(Problem.invalid("version", "disagrees with If-Match (" + version + ")"));
        }
        return version;
    }

    /** {@code If-Match: *}: the client asks for the change whatever the current version is. */
    static boolean isAnyVersion(String ifMatch) {
        return ifMatch != null && ifMatch.strip().equals("*");
    }
}
