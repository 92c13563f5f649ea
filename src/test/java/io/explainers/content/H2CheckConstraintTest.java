package io.explainers.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps enforcing a check constraint (such as {@code topic_status_known}) after the connection
 * that created it is closed. H2 2.4.240 did not: the migrations create the constraints on one of the pool's
 * connections, and once the pool closed it, every insert or update of a topic failed with "Check constraint invalid"
 * (answered 409) until the application restarted.
 */
class H2CheckConstraintTest {

    @Test
    void aCheckConstraintOutlivesTheSessionThatCreatedIt() throws SQLException {
        String url = "jdbc:h2:mem:check-constraint;DB_CLOSE_DELAY=-1";
        try (Connection pooled = DriverManager.getConnection(url)) {
            try (Connection migrating = DriverManager.getConnection(url); Statement sql = migrating.createStatement()) {
                sql.execute("create table topic (id int primary key, status varchar(16) not null,"
                        + " constraint topic_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')))");
            }
            try (Statement sql = pooled.createStatement()) {
                assertEquals(1, sql.executeUpdate("insert into topic values (1, 'DRAFT')"));
                assertEquals(1, sql.executeUpdate("update topic set status = 'PUBLISHED' where id = 1"));
                SQLException refused = assertThrows(SQLException.class,
                        () -> sql.executeUpdate("update topic set status = 'GONE' where id = 1"));
                assertEquals("23513", refused.getSQLState(), "the constraint still refuses what it should: " + refused);
            } finally {
                try (Statement sql = pooled.createStatement()) {
                    sql.execute("drop table topic");
                }
            }
        }
    }
}
