package io.explainers.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A constraint the database refuses that is not a unique key taken by a concurrent request is a fault, not a race: a
 * 500 problem that does not tell the editor to try again, and nothing stored. (A 409 "try again" made clients retry
 * what could never succeed.) The fault is made here with a check the API does not know of.
 */
@QuarkusTest
class DatabaseRefusalTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void users() {
        Api.ensureUsers();
    }

    @Test
    void aRefusedCheckIsAServerErrorNotAConflict() throws SQLException {
        String slug = Api.uniqueSlug("refused-check");
        Api.create(Api.document(slug));
        ObjectNode document = (ObjectNode) Api.get(slug);
        document.put("title", "A title the database refuses");
        execute("alter table topic add constraint test_refused_title check (title <> 'A title the database refuses')");
        try {
            Response put = Api.editor().body(Api.write(document)).put("/api/topics/" + slug);
            assertEquals(500, put.statusCode(), put.asString());
            assertEquals("application/problem+json", put.contentType());
            assertEquals("about:blank", Api.read(put).get("type").asText(), put.asString());
        } finally {
            execute("alter table topic drop constraint test_refused_title");
        }
        assertEquals(document.get("version").asLong(), Api.get(slug).get("version").asLong(), "nothing stored");
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
