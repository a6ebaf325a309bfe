package org.multisitecrm.launcher;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A request whose Host header is empty or malformed ({@code h:1:2}) is rejected by Payara's HTTP layer
 * before any filter of the application runs, and each one was logged at SEVERE with a stack trace: a
 * client could flood the log. Such records become one INFO line; every other record passes unchanged.
 */
final class MalformedHostLog implements Filter {

    private static final String CONTAINER_LOGGER = "jakarta.enterprise.web.core";
    private static final Logger LOG = Logger.getLogger(MalformedHostLog.class.getName());
    /** Held here: JUL keeps loggers weakly, and a collected logger would lose its filter. */
    private static Logger container;

    private final Filter previous;

    private MalformedHostLog(Filter previous) {
        this.previous = previous;
    }

    static synchronized void install() {
        container = Logger.getLogger(CONTAINER_LOGGER);
        if (!(container.getFilter() instanceof MalformedHostLog)) {
            container.setFilter(new MalformedHostLog(container.getFilter()));
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        String message = thrown == null ? null : thrown.getMessage();
        if (message != null && (message.startsWith("Host header ") || message.equals("Host is not set"))) {
            LOG.info(() -> "Refused a request with a malformed Host header: " + message);
            return false;
        }
        return previous == null || previous.isLoggable(record);
    }
}
