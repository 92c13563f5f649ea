package io.explainers.site;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.explainers.content.ContentChange;
import io.explainers.content.ContentVersion;
import io.explainers.web.DatabaseReachability;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps this replica's page cache honest when another replica changes content. Every change bumps the content
 * version in the shared database. Versions this replica produced itself were already evicted precisely (see
 * {@link PageInvalidation}); any other version, higher or lower (a database restored from a backup), means the content
 * is not what the cache was filled from, and since the counter does not say what changed, the whole cache is dropped.
 * Other replicas' versions arrive at once through PostgreSQL's notifications ({@link ContentNotifications}) and, as a
 * safety net and on H2, by polling every few seconds. While the database is unreachable the cache keeps serving what
 * it has.
 */
@ApplicationScoped
public class ReplicaCacheSync {

    private static final Logger LOG = Logger.getLogger(ReplicaCacheSync.class);
    private static final long UNKNOWN = -1;

    private final PageCache cache;
    private final ReadNext readNext;
    private final ContentVersion contentVersion;
    /** Versions of changes made here, by version: completed with whether the change committed. */
    private final Map<Long, CompletableFuture<Boolean>> madeHere = new ConcurrentHashMap<>();
    /** The version the cached pages were rendered from. */
    private long known = UNKNOWN;
    private volatile boolean databaseWasDown;

    ReplicaCacheSync(PageCache cache, ReadNext readNext, ContentVersion contentVersion) {
        this.cache = cache;
        this.readNext = readNext;
        this.contentVersion = contentVersion;
    }

    /** The version the cache starts from, read before pages are rendered; unknown if the database is down. */
    void onStart(@Observes StartupEvent start) {
        try {
            long current = contentVersion.current();
            synchronized (this) {
                if (known == UNKNOWN) {
                    known = current;
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("No content version at start (%s); the first poll drops whatever was cached", e.getMessage());
        }
    }

    // A change made here is known as ours from inside its transaction, before its version can be seen elsewhere, so
    // a notification that overtakes the change's own eviction is not taken for another replica's change.

    void changing(@Observes ContentChange change) {
        // Replacing what a version meant before a restore brought the counter back below it.
        madeHere.put(change.contentVersion(), new CompletableFuture<>());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        madeHere.computeIfAbsent(change.contentVersion(), version -> new CompletableFuture<>()).complete(true);
    }

    void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) ContentChange change) {
        // The version was never committed: another replica's change may commit the same number.
        CompletableFuture<Boolean> rolledBack = madeHere.remove(change.contentVersion());
        if (rolledBack != null) {
            rolledBack.complete(false);
        }
    }

    @Scheduled(every = "${explainers.cache.replica-poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DatabaseReachability.Unreachable.class)
    void poll() {
        long current;
        try {
            current = contentVersion.current();
        } catch (RuntimeException e) {
            if (!databaseWasDown) {
                LOG.warnf("Cannot read the content version (%s); serving cached pages until the database is back",
                        e.getMessage());
                databaseWasDown = true;
            }
            return;
        }
        databaseWasDown = false;
        sync(current);
    }

    /** Brings the cache up to {@code current}, a committed version; returns whether it had to drop everything. */
    synchronized boolean sync(long current) {
        long before = known;
        if (current == before) {
            return false;
        }
        boolean allHere = before != UNKNOWN && current > before;
        for (long version = before + 1; allHere && version <= current; version++) {
            allHere = committedHere(version);
        }
        madeHere.entrySet().removeIf(change -> change.getKey() <= current && change.getValue().isDone());
        known = current;
        if (!allHere) {
            LOG.debugf("Content version %d -> %d, not (only) from changes made here: dropping cached pages", before, current);
            readNext.refresh();
            cache.evictAll();
        }
        return !allHere;
    }

    private boolean committedHere(long version) {
        CompletableFuture<Boolean> change = madeHere.get(version);
        if (change == null) {
            return false;
        }
        try {
            // Committed (the version was read or announced) but maybe not yet marked so: a matter of microseconds.
            return change.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
