package io.explainers.site;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.explainers.content.ContentVersion;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * On PostgreSQL, hears other replicas' changes the moment they commit: a thread of its own holds one connection,
 * outside the pool, that LISTENs on {@value ContentVersion#CHANNEL} and, on each announcement, has
 * {@link ReplicaCacheSync} catch up with the database. When the connection fails it reconnects with a growing pause; the poll
 * covers the gap, and
 * one sync after each (re)connection catches what was announced while nobody listened. On H2 nothing listens.
 */
@ApplicationScoped
public class ContentNotifications {

    private static final Logger LOG = Logger.getLogger(ContentNotifications.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final long FIRST_PAUSE_MILLIS = 500;
    private static final long LONGEST_PAUSE_MILLIS = 30_000;

    private final ReplicaCacheSync sync;
    private final boolean postgresql;
    private final String url;
    private final Properties credentials = new Properties();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    ContentNotifications(ReplicaCacheSync sync,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.sync = sync;
        this.postgresql = "postgresql".equals(databaseKind) && url.isPresent();
        this.url = url.orElse(null);
        username.ifPresent(user -> credentials.setProperty("user", user));
        password.ifPresent(secret -> credentials.setProperty("password", secret));
        credentials.setProperty("ApplicationName", "explainers-content-listener");
        credentials.setProperty("tcpKeepAlive", "true");
        // A server that vanished without closing the connection is noticed within this, not after TCP gives up.
        credentials.setProperty("socketTimeout", String.valueOf(3 * WAIT_MILLIS / 1000));
    }

    void onStart(@Observes StartupEvent start) {
        if (!postgresql) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "explainers-content-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection failed", e);
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** True while a connection is listening: for tests and diagnostics. */
    public boolean listening() {
        return connection != null;
    }

    private void listen() {
        long pause = FIRST_PAUSE_MILLIS;
        while (running) {
            try (Connection db = DriverManager.getConnection(url, credentials); Statement statement = db.createStatement()) {
                statement.execute("listen " + ContentVersion.CHANNEL);
                connection = db;
                if (pause > FIRST_PAUSE_MILLIS) {
                    LOG.info("Listening for content changes again");
                }
                pause = FIRST_PAUSE_MILLIS;
                sync.poll();
                PGConnection notifications = db.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received == null || received.length == 0) {
                        statement.execute("select 1"); // proves the connection still works
                        continue;
                    }
                    // The versions announced may already be behind (a poll went further meanwhile): the database says
                    // where the content is now.
                    LOG.debugf("Content version %s announced", received[received.length - 1].getParameter());
                    sync.poll();
                }
            } catch (SQLException | RuntimeException e) {
                connection = null;
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for content changes failed (%s); polling meanwhile, listening again in %d ms",
                        e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
        connection = null;
    }
}
