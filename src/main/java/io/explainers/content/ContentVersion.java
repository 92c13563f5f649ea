package io.explainers.content;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The site-wide content version: one row, bumped in the same transaction as every content change. On PostgreSQL the
 * change also notifies {@value #CHANNEL} with the new version, which the database delivers to listening replicas
 * when, and only if, the change commits.
 *
 * <p>
 * The row also holds when the content last changed ({@code changed_at}), the Last-Modified of every page that lists
 * topics. It only moves forward, by at least a second per change: HTTP dates have whole seconds, and two changes in
 * one second under one date would let a client holding the first answer 304 to the second. (A burst of changes runs
 * it ahead of the clock by up to a second per change; it catches up when the burst is over. Meanwhile responses are
 * dated with the clock: {@code site.HttpDates#lastModified}.)
 */
@ApplicationScoped
public class ContentVersion {

    /** The PostgreSQL channel other replicas listen on; the payload is the new version. */
    public static final String CHANNEL = "explainers_content";

    private final boolean notifies;

    ContentVersion(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.notifies = "postgresql".equals(databaseKind);
    }

    /** The version and when it was made. */
    public record State(long version, Instant changedAt) {
    }

    /** Bumps the version and returns the new one; the row stays locked until the change commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    long bump() {
        Panache.getEntityManager()
                .createNativeQuery("update content_version set version = version + 1 where id = 1")
                .executeUpdate();
        State before = state();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant next = before.changedAt().isBefore(now) ? now : before.changedAt().plusSeconds(1);
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection
                    .prepareStatement("update content_version set changed_at = ? where id = 1")) {
                update.setObject(1, OffsetDateTime.ofInstant(next, ZoneOffset.UTC));
                update.executeUpdate();
            }
        });
        long version = before.version();
        if (notifies) {
            // NOTIFY takes no parameters; the payload is a number.
            Panache.getEntityManager().createNativeQuery("notify " + CHANNEL + ", '" + version + "'").executeUpdate();
        }
        return version;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long current() {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("select version from content_version where id = 1")
                .getSingleResult()).longValue();
    }

    /** The version and its time, read together. */
    @Transactional(Transactional.TxType.REQUIRED)
    public State state() {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection
                    .prepareStatement("select version, changed_at from content_version where id = 1");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return new State(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
            }
        });
    }
}
