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

    /**
     * For {@code @Scheduled(skipExecutionIf = DatabaseReachability.Unreachable.class)}: a job that needs the database
     * skips its turn while the database does not answer. Behind a network partition it would hold a worker thread,
     * which the visitors' requests need, until the driver gave up, and then find nothing it could do.
     */
    @Singleton
    class Unreachable implements Scheduled.SkipPredicate {

        private final DatabaseReachability database;

        Unreachable(DatabaseReachability database) {
            this.database = database;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !database.reachable();
        }
    }
}
