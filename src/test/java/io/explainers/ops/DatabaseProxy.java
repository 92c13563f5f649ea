package io.explainers.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.tools.Server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a TCP proxy between the application and its database, so a test can cut the database off (connections refused)
 * or partition it (every connection held open and nothing forwarded), and bring it back. On the PostgreSQL suite it
 * fronts the real server; otherwise it fronts an H2 server started here.
 */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    static volatile DatabaseProxy current;

    private Server h2;
    private int targetPort;
    private volatile ServerSocket listener;
    private volatile int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    /** While set, bytes are read and dropped and new connections are accepted and held: a network partition. */
    private volatile boolean swallowing;
    /** Connections numbered below this lead to a host that is gone, whatever happens to the others: a failover. */
    private volatile long deadBelow;
    private volatile long accepted; // written by the accepting thread only

    @Override
    public Map<String, String> start() {
        current = this;
        String url;
        try {
            if ("postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
                String real = ConfigProvider.getConfig().getOptionalValue("EXPLAINERS_TEST_DB_URL", String.class)
                        .orElse("jdbc:postgresql://127.0.0.1:5432/explainers_test");
                targetPort = java.net.URI.create(real.substring("jdbc:".length())).getPort();
                listen(0);
                url = real.replaceFirst(":" + targetPort + "/", ":" + port + "/");
            } else {
                h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                targetPort = h2.getPort();
                listen(0);
                url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:faults;DB_CLOSE_DELAY=-1";
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        Map<String, String> config = new HashMap<>();
        for (String profile : List.of("", "%test.", "%pgtest.")) {
            config.put(profile + "quarkus.datasource.jdbc.url", url);
        }
        return config;
    }

    /** Drops every open connection and refuses new ones: the database is gone. */
    public void cut() throws IOException {
        listener.close();
        closeAll();
    }

    private void closeAll() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /**
     * Every packet is lost from now on, both ways, on the connections already open and on new ones, which are accepted
     * and then never answered: nothing fails, everything waits.
     */
    public void blackHole() {
        swallowing = true;
    }

    /**
     * After a partition, a failover: new connections reach the database (a new primary behind the same address), while
     * those opened before lead to the host that is gone and stay silent. Nothing tells the driver they are dead; only a
     * timeout can.
     */
    public void failover() {
        deadBelow = accepted;
        swallowing = false;
    }

    /**
     * The database is back, on the same address. After a partition or a failover the connections it held are closed:
     * the bytes it dropped left them unusable, as a driver's timeout would have.
     */
    public void restore() throws IOException {
        if (swallowing || deadBelow > 0) {
            swallowing = false;
            deadBelow = 0;
            closeAll();
        }
        if (listener.isClosed()) {
            listen(port);
        }
    }

    private void listen(int wanted) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        listener = socket;
        port = socket.getLocalPort();
        Thread accepting = new Thread(() -> accept(socket), "db-proxy-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                long number = accepted++;
                if (swallowing) {
                    open.add(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pump(client, server, number);
                pump(server, client, number);
            } catch (IOException e) {
                return; // closed by cut()
            }
        }
    }

    private void pump(Socket from, Socket to, long number) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    if (!swallowing && number >= deadBelow) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "db-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        try {
            cut();
        } catch (IOException ignored) {
            // stopping anyway
        }
        if (h2 != null) {
            h2.stop();
        }
    }
}
