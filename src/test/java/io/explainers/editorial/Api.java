package io.explainers.editorial;

import static io.restassured.RestAssured.given;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls the editorial API as one of the test users and builds topic documents, with Jackson trees for JSON. */
final class Api {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-only-admin-password";
    static final String EDITOR = "test-editor";
    static final String REVIEWER = "test-reviewer";
    static final String PASSWORD = "test-only-password";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Api() {
    }

    /**
     * The editor-only and reviewer-only users the tests log in as, next to the configured administrator. Their hashes
     * use bcrypt's lowest cost, so the hundreds of requests of the bad-input test do not spend minutes hashing.
     */
    static void ensureUsers() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] user : new String[][] { { EDITOR, Roles.EDITOR }, { REVIEWER, Roles.REVIEWER } }) {
                if (EditorialUser.count("username", user[0]) == 0) {
                    EditorialUser.create(user[0], PASSWORD, Set.of(user[1])).password = BcryptUtil.bcryptHash(PASSWORD, 4);
                }
            }
        });
    }

    static RequestSpecification as(String user) {
        String password = ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json").accept("application/json");
    }

    static RequestSpecification editor() {
        return as(EDITOR);
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
    }

    /** A valid document with {@code slug}, a short version of the seed explainer. */
    static ObjectNode document(String slug) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("slug", slug);
        doc.put("title", "What is sensory play for toddlers?");
        doc.put("focusPhrase", "what is sensory play for toddlers");
        doc.put("metaDescription",
                "Learn what sensory play for toddlers is, why it matters and simple ideas to try at home this week.");
        doc.put("intro",
                "Sensory play for toddlers is play that uses touch, sound, sight, smell and movement.\n\nIt helps children learn.");
        doc.put("inSimpleTerms", "Sensory play is learning by touching and trying.");
        ArrayNode sections = doc.putArray("sections");
        ObjectNode section = sections.addObject();
        section.put("heading", "What sensory play for toddlers looks like");
        ArrayNode items = section.putArray("items");
        items.addObject().put("kind", "PARAGRAPH").put("text", "It can be as simple as water and cups.");
        items.addObject().put("kind", "BULLET").put("label", "At home:").put("text", "pouring, scooping and squishing.");
        ObjectNode second = sections.addObject();
        second.put("heading", "Why it helps");
        second.putArray("items").addObject().put("kind", "BULLET").put("text", "It builds fine motor skills.");
        doc.put("faqHeading", "Quick answers");
        doc.putArray("faq").addObject().put("question", "Is it messy?").put("answer", "Sometimes, and that is fine.");
        doc.putObject("audience").put("childMinAge", 1).put("childMaxAge", 3);
        doc.putObject("about").put("type", "MedicalTherapy").put("name", "Sensory play").put("alternateName", "Messy play");
        return doc;
    }

    static JsonNode create(ObjectNode document) {
        return read(editor().body(write(document)).post("/api/topics").then().statusCode(201).extract().asString());
    }

    static JsonNode get(String slug) {
        return read(as(ADMIN).get("/api/topics/" + slug).then().statusCode(200).extract().asString());
    }

    static JsonNode publish(String slug) {
        return read(editor().post("/api/topics/" + slug + "/publish").then().statusCode(200).extract().asString());
    }

    /** A new reviewer record (as an editor), its id. */
    static long reviewer(String name, String credentials, String jobTitle, String url) {
        ObjectNode reviewer = JSON.createObjectNode().put("name", name).put("credentials", credentials)
                .put("jobTitle", jobTitle).put("url", url);
        return read(editor().body(write(reviewer)).post("/api/reviewers").then().statusCode(201).extract().asString())
                .get("id").asLong();
    }

    /** A review body naming the reviewer record {@code id}. */
    static String review(long reviewerId, String reviewedOn) {
        return "{\"reviewerId\": " + reviewerId + (reviewedOn == null ? "" : ", \"reviewedOn\": \"" + reviewedOn + "\"")
                + "}";
    }

    static JsonNode read(Response response) {
        return read(response.asString());
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
