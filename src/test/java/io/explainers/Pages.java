package io.explainers;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches pages through HTTP the way a browser would and parses them with jsoup. */
public final class Pages {

    private Pages() {
    }

    /**
     * A topic's address, written out here rather than taken from the application, so the tests hold the public URL
     * fixed: the one place tests spell it.
     */
    public static String topic(String slug) {
        return "/topics/" + slug;
    }

    /** A Spanish edition's address, written out like {@link #topic}. */
    public static String spanishTopic(String slug) {
        return "/es/temas/" + slug;
    }

    /** The Spanish home page. */
    public static final String SPANISH_HOME = "/es/";

    public static Document get(String path) {
        return get(path, 200);
    }

    public static Document get(String path, int expectedStatus) {
        String html = given().when().get(path).then().statusCode(expectedStatus).extract().asString();
        return Jsoup.parse(html);
    }

    /** Visible text with whitespace folded, as a reader (or a crawler) sees it. */
    public static String visibleText(Document page) {
        return normalise(page.body().text());
    }

    public static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
