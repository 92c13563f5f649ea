package io.explainers.site;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** The SQL Hibernate sends, while a test records it; otherwise it only passes the statements on. */
@PersistenceUnitExtension
public class SqlLog implements StatementInspector {

    private static volatile List<String> recording;

    @Override
    public String inspect(String sql) {
        List<String> statements = recording;
        if (statements != null) {
            statements.add(sql);
        }
        return sql;
    }

    /** The statements sent while {@code action} ran (by any thread: the server's, not the test's). */
    public static List<String> during(Runnable action) {
        List<String> statements = new CopyOnWriteArrayList<>();
        recording = statements;
        try {
            action.run();
        } finally {
            recording = null;
        }
        return List.copyOf(statements);
    }
}
