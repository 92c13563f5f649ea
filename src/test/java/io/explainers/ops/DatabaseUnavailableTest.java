package io.explainers.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/**
 * Which database errors are an outage (a calm 503) rather than a fault (500). Found by the soak (src/bench/soak.sh):
 * a sitemap request running while PostgreSQL was stopped with {@code pg_ctl stop -m fast} got a 500 and an ERROR log,
 * because the server's "terminating connection due to administrator command" is SQLSTATE 57P01, not class 08.
 */
class DatabaseUnavailableTest {

    /** As Hibernate hands a failed query on: a generic JDBC exception around the driver's exception. */
    static GenericJDBCException failed(String message, String sqlState) {
        return new GenericJDBCException(
                "JDBC exception executing SQL [" + message + "] [select version from content_version where id = 1]",
                new SQLException(message, sqlState));
    }

    @Test
    void theServerShuttingDownUnderARunningQueryIsAnOutage() {
        assertTrue(DatabaseUnavailable
                .isConnectionFailure(failed("FATAL: terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isConnectionFailure(
                failed("FATAL: terminating connection because of crash of another server process", "57P02")));
        assertTrue(DatabaseUnavailable.isConnectionFailure(failed("FATAL: the database system is starting up", "57P03")));
    }

    /**
     * The soak's second finding: the database stopped between a read-only query of the home page and its commit. The
     * commit's RollbackException (checked, so wrapped by Arc) carries the driver's error only as a suppressed exception.
     */
    @Test
    void aCommitCutOffByTheShutdownIsAnOutage() {
        XAException xa = new XAException(
                "Error trying to transactionCommit local transaction: FATAL: terminating connection due to administrator command");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable
                .isConnectionFailure(new ArcUndeclaredThrowableException("Error invoking subclass method", rollback)));

        RollbackException other = new RollbackException("ARJUNA016053: Could not commit transaction.");
        other.addSuppressed(new XAException("some other failure"));
        assertFalse(DatabaseUnavailable
                .isConnectionFailure(new ArcUndeclaredThrowableException("Error invoking subclass method", other)));
    }

    @Test
    void aLostConnectionIsAnOutage() {
        assertTrue(DatabaseUnavailable
                .isConnectionFailure(failed("An I/O error occurred while sending to the backend.", "08006")));
    }

    @Test
    void aCancelledOrRefusedQueryIsNot() {
        assertFalse(DatabaseUnavailable
                .isConnectionFailure(failed("ERROR: canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseUnavailable.isConnectionFailure(failed("ERROR: relation \"topic\" does not exist", "42P01")));
        assertFalse(DatabaseUnavailable
                .isConnectionFailure(failed("ERROR: duplicate key value violates unique constraint", "23505")));
    }
}
