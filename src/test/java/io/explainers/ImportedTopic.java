package io.explainers;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;

/**
 * A published topic that came in as a trend article through {@code POST /api/imports}, numbered steps and sources
 * and all, then medically reviewed, so the page checks (validator, axe, keyboard, print) cover what imports produce and
 * every trust signal a page shows, not only the seed's.
 */
public final class ImportedTopic {

    public static final String SLUG = "how-to-calm-toddler-tantrums-at-bedtime";

    /** The article's "Sources" section, as an author writes one (the second says when it was read). */
    static final String SOURCES = """
            Sources

              • Temper tantrums in toddlers: how to keep the peace, Child Health Institute, https://child.example/tantrums
              • Bedtime routines, Sleep Council, https://sleep.example/routines, accessed 2026-11-01
            """;

    private ImportedTopic() {
    }

    public static void ensure() {
        if (admin().get("/api/topics/" + SLUG).statusCode() == 404) {
            String article = Fixtures.text("/articles/how-to-calm-toddler-tantrums.txt");
            admin().contentType("text/plain; charset=utf-8")
                    .body(article.replace("\nhow to calm toddler tantrums\n", "\nhow to calm toddler tantrums at bedtime\n")
                            .replace("\nQuick FAQ\n", "\n" + SOURCES + "\nQuick FAQ\n")
                            .getBytes(StandardCharsets.UTF_8))
                    .post("/api/imports").then().statusCode(201);
        }
        if (admin().get("/api/topics/" + SLUG).then().statusCode(200).extract().path("reviewer") == null) {
            int reviewer = admin().contentType("application/json")
                    .body("{\"name\": \"Dr Maya Chen\", \"credentials\": \"MD, FAAP\", \"jobTitle\": \"Pediatrician\", "
                            + "\"url\": \"https://people.example/maya-chen\"}")
                    .post("/api/reviewers").then().statusCode(201).extract().path("id");
            admin().contentType("application/json").body("{\"reviewerId\": " + reviewer + ", \"reviewedOn\": \"2026-11-20\"}")
                    .post("/api/topics/" + SLUG + "/review").then().statusCode(200);
        }
        // Publishing a published topic changes nothing.
        admin().contentType("application/json").post("/api/topics/" + SLUG + "/publish").then().statusCode(200);
    }

    /** The test profile's administrator (application.properties, %test): an editor. */
    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-only-admin-password")
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)));
    }
}
