package org.multisitecrm.infrastructure.context;

import java.util.Optional;

/**
 * A value bound to the current thread for the span of a try-with-resources block; closing the
 * binding brings back what was bound before, so bindings nest (a request's caller, then the server
 * acting for itself inside it).
 */
public final class ThreadSlot<T> {

    private final ThreadLocal<T> current = new ThreadLocal<>();

    public Optional<T> get() {
        return Optional.ofNullable(current.get());
    }

    public Restore bind(T value) {
        T previous = current.get();
        current.set(value);
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }

    /** Closing restores the previous value. */
    @FunctionalInterface
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }
}
