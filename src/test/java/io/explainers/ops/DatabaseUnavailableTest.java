package io.explainers.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * Which database errors are an outage (a calm 503) rather than a fault (500). Found by the soak (src/bench/soak.sh):
 * a sitemap request running while PostgreSQL was stopped with {@code pg_ctl stop -m fast} got a 500 and an ERROR log,
 * because the server's "terminating connection due to administrator command" is SQLSTATE 57P01, not class 08.
 */
class DatabaseUnavailableTest {

    /** As Hibernate hands a failed query on: a generic JDBC exception around the driver's exception. */
    static GenericJDBCException failed(String message, String sqlState) {
        return new GenericJDBCException("JDBC exception executing SQL [" + message + "] [select version from content_version where id = 1]",
                new SQLException(message, sqlState));
    }

    @Test
    void theServerShuttingDownUnderARunningQueryIsAnOutage() {
        assertTrue(DatabaseUnavailable.isConnectionFailure(failed("FATAL: terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isConnectionFailure(failed("FATAL: terminating connection because of crash of another server process", "57P02")));
        assertTrue(DatabaseUnavailable.isConnectionFailure(failed("FATAL: the database system is starting up", "57P03")));
    }

    @Test
    void aLostConnectionIsAnOutage() {
        assertTrue(DatabaseUnavailable.isConnectionFailure(failed("An I/O error occurred while sending to the backend.", "08006")));
    }

    @Test
    void aCancelledOrRefusedQueryIsNot() {
        assertFalse(DatabaseUnavailable.isConnectionFailure(failed("ERROR: canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseUnavailable.isConnectionFailure(failed("ERROR: relation \"topic\" does not exist", "42P01")));
        assertFalse(DatabaseUnavailable.isConnectionFailure(failed("ERROR: duplicate key value violates unique constraint", "23505")));
    }
}
