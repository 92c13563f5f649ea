package io.explainers.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a class logged while something ran, as "LEVEL message" with the message's parameters filled in. */
final class LogLines {

    private LogLines() {
    }

    static List<String> of(Class<?> source, Runnable running) {
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
        Logger logger = Logger.getLogger(source.getName());
        logger.addHandler(handler);
        try {
            running.run();
        } finally {
            logger.removeHandler(handler);
        }
        return List.copyOf(lines);
    }

    private static String formatted(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        return parameters == null || parameters.length == 0 ? message : String.format(message, parameters);
    }
}
