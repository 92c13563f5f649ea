package io.explainers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a class logged while something ran, as "LEVEL message" with the message's parameters filled in. */
public final class LogLines {

    private LogLines() {
    }

    public static List<String> of(Class<?> source, Runnable running) {
        return of(source.getName(), running);
    }

    /** What the logger named {@code logger} logged while {@code running} ran. */
    public static List<String> of(String logger, Runnable running) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLevel() + " " + formatted(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger listened = Logger.getLogger(logger);
        listened.addHandler(handler);
        try {
            running.run();
        } finally {
            listened.removeHandler(handler);
        }
        return List.copyOf(lines);
    }

    private static String formatted(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        return parameters == null || parameters.length == 0 ? message : String.format(message, parameters);
    }
}
