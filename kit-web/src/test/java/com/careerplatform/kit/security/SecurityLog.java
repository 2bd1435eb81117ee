package com.careerplatform.kit.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines the {@code security} logger writes while a test runs {@link #during}, formatted as the log shows them. */
public final class SecurityLog {

    private SecurityLog() {
    }

    public static List<String> during(Runnable calls) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Object[] parameters = record.getParameters();
                lines.add(parameters == null || parameters.length == 0 ? record.getMessage()
                        : String.format(record.getMessage(), parameters));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger security = Logger.getLogger("security");
        security.addHandler(capture);
        try {
            calls.run();
        } finally {
            security.removeHandler(capture);
        }
        return List.copyOf(lines);
    }
}
