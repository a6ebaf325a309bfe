package org.multisitecrm.api4;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.multisitecrm.api.ApiErrorMapper;

import java.util.Set;

/** CiviCRM's AJAX base, so {@code /civicrm/ajax/api4/...} is where CiviCRM's clients already look. */
@ApplicationPath("/civicrm/ajax")
public class Api4Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Api4Resource.class, ApiErrorMapper.class);
    }
}
