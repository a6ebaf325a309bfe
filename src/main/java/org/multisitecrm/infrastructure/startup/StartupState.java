package org.multisitecrm.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the start-up sequence has finished; the readiness check reports it. */
@ApplicationScoped
public class StartupState {

    private volatile boolean ready;

    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }
}
