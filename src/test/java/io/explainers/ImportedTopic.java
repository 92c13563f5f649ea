package io.explainers;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;

/**
 * A published topic that came in as a trend article through {@code POST /api/imports}, numbered steps and all, so
 * the page checks (validator, axe, keyboard) cover what imports produce and not only the seed.
 */
public final class ImportedTopic {

    public static final String SLUG = "how-to-calm-toddler-tantrums-at-bedtime";

    private ImportedTopic() {
    }

    public static void ensure() {
        if (admin().get("/api/topics/" + SLUG).statusCode() == 404) {
            String article = Fixtures.text("/articles/how-to-calm-toddler-tantrums.txt");
            admin().contentType("text/plain; charset=utf-8")
                    .body(article.replace("\nhow to calm toddler tantrums\n", "\nhow to calm toddler tantrums at bedtime\n")
                            .getBytes(StandardCharsets.UTF_8))
                    .post("/api/imports").then().statusCode(201);
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
