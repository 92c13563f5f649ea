package io.explainers.web;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Whether this replica reaches the database, as its last check found, without waiting: the check itself lives with
 * the operations code ({@code io.explainers.ops.DatabaseHealth}), what goes by it lives everywhere.
 */
public interface DatabaseReachability {

    boolean reachable();

    /** Asks for a new check soon, unless one is under way or has just begun. */
    void recheck();

    /**
     * For {@code @Scheduled(skipExecutionIf = DatabaseReachability.Unreachable.class)}: a job that needs the database
     * skips its turn while the database does not answer. Behind a network partition it would hold a worker thread,
     * which the visitors' requests need, until the driver gave up, and then find nothing it could do. A skipped turn
     * asks for a check, so the jobs resume however rarely checks are scheduled and whatever the traffic.
     */
    @Singleton
    class Unreachable implements Scheduled.SkipPredicate {

        private final DatabaseReachability database;

        Unreachable(DatabaseReachability database) {
            this.database = database;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            if (database.reachable()) {
                return false;
            }
            database.recheck();
            return true;
        }
    }
}
