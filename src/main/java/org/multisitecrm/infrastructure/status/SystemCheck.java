package org.multisitecrm.infrastructure.status;

import java.util.List;

/**
 * One of CiviCRM's status checks ({@code System.check}), contributed by the capability that knows what
 * to look at. It runs for the request's domain, under the caller, and reports what needs attention
 * there (nothing when all is well).
 */
public interface SystemCheck {

    List<SystemStatus> check();
}
