package io.explainers.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.explainers.site.SqlLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A login the password check accepted is taken again without reading the user or hashing the password; anything else
 * gets the full check. Each test has users of its own, so no other test's logins were remembered for them.
 */
@QuarkusTest
class RememberedLoginsTest {

    private static final String PASSWORD = "test-only-remembered-password";

    @Inject
    MeterRegistry registry;

    private String editor;
    private String reviewer;

    @BeforeEach
    void users() {
        editor = Api.uniqueSlug("remembered-editor");
        reviewer = Api.uniqueSlug("remembered-reviewer");
        QuarkusTransaction.requiringNew().run(() -> {
            EditorialUser.create(editor, PASSWORD, Set.of(Roles.EDITOR)).password = BcryptUtil.bcryptHash(PASSWORD, 4);
            EditorialUser.create(reviewer, "other-" + PASSWORD, Set.of(Roles.REVIEWER)).password = BcryptUtil
                    .bcryptHash("other-" + PASSWORD, 4);
        });
    }

    private static int topics(String user, String password) {
        return given().auth().preemptive().basic(user, password).accept("application/json").get("/api/topics")
                .then().extract().statusCode();
    }

    private static boolean readsUsers(List<String> statements) {
        return statements.stream().anyMatch(sql -> sql.toLowerCase().contains("editorial_user"));
    }

    private double remembered() {
        return registry.get("explainers.logins").tag("result", "remembered").counter().count();
    }

    @Test
    void theSecondLoginWithTheSamePasswordIsNotCheckedAgain() {
        List<String> first = SqlLog.during(() -> assertEquals(200, topics(editor, PASSWORD)));
        assertTrue(readsUsers(first), "the first login reads the user to check the password: " + first);

        double before = remembered();
        List<String> second = SqlLog.during(() -> assertEquals(200, topics(editor, PASSWORD)));
        assertTrue(!readsUsers(second), "a remembered login reads no user: " + second);
        assertEquals(before + 1, remembered());
    }

    @Test
    void aWrongPasswordIsCheckedInFullAndRefused() {
        assertEquals(200, topics(editor, PASSWORD));
        double before = remembered();
        for (String wrong : List.of(PASSWORD + "x", PASSWORD.substring(1), "", "other-" + PASSWORD)) {
            List<String> statements = SqlLog.during(() -> assertEquals(401, topics(editor, wrong), wrong));
            assertTrue(readsUsers(statements), "checked against the database: " + wrong);
        }
        assertEquals(before, remembered());
        assertEquals(200, topics(editor, PASSWORD), "the right password still opens the remembered login");
    }

    @Test
    void aRememberedLoginKeepsItsOwnUserAndRoles() {
        assertEquals(200, topics(editor, PASSWORD));
        assertEquals(200, topics(reviewer, "other-" + PASSWORD));
        // The reviewer's password is not the editor's, nor the other way round.
        assertEquals(401, topics(editor, "other-" + PASSWORD));
        assertEquals(401, topics(reviewer, PASSWORD));

        String slug = Api.uniqueSlug("remembered");
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().preemptive().basic(reviewer, "other-" + PASSWORD).contentType("application/json")
                    .body(Api.document(slug).toString()).post("/api/topics").then().statusCode(403);
        }
        given().auth().preemptive().basic(editor, PASSWORD).contentType("application/json")
                .body(Api.document(slug).toString()).post("/api/topics").then().statusCode(201);
    }
}
