package org.multisitecrm.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.multisitecrm.security.visibility.ContactVisibilityRules;
import org.multisitecrm.tenancy.scoping.DomainScopingRules;

import java.util.List;

/**
 * The persistence unit's one enforcement point (registered in {@code persistence.xml}): the domain
 * scoping of the separation table, then contact and group visibility, both as EclipseLink criteria
 * and write guards whose parameters are bound from the thread before every query.
 */
public class AccessRulesCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DomainScopingRules domainScoping = new DomainScopingRules();
        ContactVisibilityRules contactVisibility = new ContactVisibilityRules();
        domainScoping.apply(session);
        contactVisibility.apply(session);
        session.getEventManager().addListener(new QueryParameterBinder(
                List.of(domainScoping.parameters(), contactVisibility.parameters())));
        StatementLimits.apply(session);
    }
}
