package org.multisitecrm.benchmark.performance.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/** The ceiling's one resource, at the war's root. */
@ApplicationPath("/")
public class CeilingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CeilingResource.class);
    }
}
