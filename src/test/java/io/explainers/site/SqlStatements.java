package io.explainers.site;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Records the SQL statements Hibernate sends (queries, lazy loads, writes), for the tests that watch how many a page
 * costs. Statements sent with plain JDBC (the content version) are not counted.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        sent.add(sql);
        return sql;
    }

    /** How many statements were sent so far; {@link #since} lists those after a count. */
    public int count() {
        return sent.size();
    }

    public List<String> since(int count) {
        return List.copyOf(sent.subList(count, sent.size()));
    }
}
