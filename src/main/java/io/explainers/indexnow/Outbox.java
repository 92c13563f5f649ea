package io.explainers.indexnow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.quarkus.panache.common.Sort;

/**
 * The outbox's rows as the sender sees them. A sender claims due rows in a short transaction of their own
 * ({@code FOR UPDATE SKIP LOCKED}, so concurrent senders on other replicas take other rows instead of waiting), marks
 * them with a claim of its own and a lease, and commits before it sends anything; the outcome is then written to the
 * rows that still carry its claim. A sender that dies in between leaves the lease to expire, and the rows are due for
 * any sender again: a change is announced at least once, never lost.
 */
@ApplicationScoped
public class Outbox {

    /** Rows claimed together: one request's worth. */
    record Batch(String claim, List<Long> ids, List<String> urls, int attempts) {

        boolean isEmpty() {
            return ids.isEmpty();
        }
    }

    /**
     * The outbox rows for these addresses, in the caller's transaction: the change's own. One batched statement, not an
     * entity per row: a reviewer's change writes a row for every page that names them (10,000 rows took the
     * persistence context most of a second to insert and check at commit).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<String> urls) {
        if (urls.isEmpty()) {
            return;
        }
        OffsetDateTime now = time(Instant.now());
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into indexnow_outbox"
                    + " (url, state, created_at, next_attempt_at, attempts) values (?, 'PENDING', ?, ?, 0)")) {
                for (String url : urls) {
                    insert.setString(1, url);
                    insert.setObject(2, now);
                    insert.setObject(3, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Claims up to {@code limit} due rows until {@code now + lease}, oldest first; an empty batch when none is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Batch claim(Instant now, int limit, java.time.Duration lease) {
        String claim = UUID.randomUUID().toString();
        return session().doReturningWork(connection -> {
            List<Long> ids = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            int attempts = 0;
            try (PreparedStatement select = connection.prepareStatement("select id, url, attempts from indexnow_outbox"
                    + " where state = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until <= ?)"
                    + " order by id fetch first ? rows only for update skip locked")) {
                select.setObject(1, time(now));
                select.setObject(2, time(now));
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        urls.add(rows.getString(2));
                        attempts = Math.max(attempts, rows.getInt(3));
                    }
                }
            }
            // By key, batched: "id = any (?)" with an array reads the whole table in H2, comparing each row with
            // every id of the batch (the reviewer burst in src/bench/indexnow-burst.py spent most of its time there).
            try (PreparedStatement update = connection
                    .prepareStatement("update indexnow_outbox set claim = ?, claimed_until = ? where id = ?")) {
                for (Long id : ids) {
                    update.setString(1, claim);
                    update.setObject(2, time(now.plus(lease)));
                    update.setLong(3, id);
                    update.addBatch();
                }
                if (!ids.isEmpty()) {
                    update.executeBatch();
                }
            }
            return new Batch(claim, ids, urls, attempts);
        });
    }

    /** The batch was taken: its rows are done. Returns how many still carried the claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int sent(Batch batch, Instant now, int status) {
        return finish(batch, "SENT", now, status, null);
    }

    /** The batch was refused for good, or ran out of attempts: its rows are failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int failed(Batch batch, Instant now, Integer status, String error) {
        return finish(batch, "FAILED", now, status, error);
    }

    /** The batch may be taken later: its rows are due again at {@code next}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int retry(Batch batch, Instant next, Integer status, String error) {
        return update(batch, "update indexnow_outbox set state = 'PENDING', attempts = attempts + 1, next_attempt_at = ?,"
                + " claim = null, claimed_until = null, last_status = ?, last_error = ? where claim = ?",
                statement -> {
                    statement.setObject(1, time(next));
                    status(statement, 2, status);
                    statement.setString(3, clip(error));
                    statement.setString(4, batch.claim());
                });
    }

    private int finish(Batch batch, String state, Instant now, Integer status, String error) {
        return update(batch, "update indexnow_outbox set state = '" + state + "', attempts = attempts + 1, finished_at = ?,"
                + " claim = null, claimed_until = null, last_status = ?, last_error = ? where claim = ?",
                statement -> {
                    statement.setObject(1, time(now));
                    status(statement, 2, status);
                    statement.setString(3, clip(error));
                    statement.setString(4, batch.claim());
                });
    }

    /** Rows waiting to be sent (due or not), for the gauge. */
    @Transactional
    long pending() {
        return Announcement.count("state", Announcement.State.PENDING);
    }

    /** The last {@code limit} rows sent or failed, newest first. */
    @Transactional
    List<Announcement> finished(int limit) {
        return Announcement.<Announcement> find("state <> ?1", Sort.descending("finishedAt", "id"), Announcement.State.PENDING)
                .page(0, limit).list();
    }

    /** Forgets rows finished before {@code before}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long forget(Instant before) {
        return Announcement.delete("state <> ?1 and finishedAt < ?2", Announcement.State.PENDING, before);
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private static int update(Batch batch, String sql, Parameters parameters) {
        if (batch.isEmpty()) {
            return 0;
        }
        return session().doReturningWork((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }

    private static void status(PreparedStatement statement, int index, Integer status) throws SQLException {
        if (status == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, status);
        }
    }

    private static String clip(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Session session() {
        return Announcement.getEntityManager().unwrap(Session.class);
    }
}
