package org.multisitecrm.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The request's domain's branding, if it has any (domain scoping reads its own row only). */
@ApplicationScoped
@Transactional
public class Branding {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public Optional<DomainBranding> current() {
        return em.createQuery("SELECT b FROM DomainBranding b", DomainBranding.class).setMaxResults(1).getResultStream().findFirst();
    }
}
