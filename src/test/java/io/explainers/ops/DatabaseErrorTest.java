package io.explainers.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.explainers.SeedText;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A database error that is not an outage (here: a table that is missing) is a 500; under /api it is problem+json like
 * every other API error, and neither the body nor its detail gives the exception away.
 */
@QuarkusTest
class DatabaseErrorTest {

    /** The first administrator of the test configuration (application.properties, %test). */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-only-admin-password";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFailedQueryUnderTheApiIsAProblem() throws SQLException {
        execute("alter table topic_revision rename to topic_revision_gone");
        try {
            given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).accept("application/json")
                    .get("/api/topics/" + SeedText.SLUG + "/revisions")
                    .then().statusCode(500)
                    .contentType("application/problem+json")
                    .header("Cache-Control", "no-store")
                    .body("status", equalTo(500))
                    .body("title", equalTo("Internal Server Error"))
                    .body("instance", equalTo("/api/topics/" + SeedText.SLUG + "/revisions"))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("topic_revision")));
        } finally {
            execute("alter table topic_revision_gone rename to topic_revision");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
