package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.multisitecrm.infrastructure.ApplicationBuild;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which build last provisioned each domain ({@code crm_domain_provisioning}, V36). Bookkeeping of the
 * start-up, not CRM data: no entity, no API, never shown; written in the provisioning's own transaction,
 * so a domain is recorded exactly when its content is.
 */
@ApplicationScoped
public class ProvisioningRecord {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    Set<Long> domainsProvisionedBy(ApplicationBuild build) {
        List<?> ids = sql("SELECT domain_id FROM crm_domain_provisioning WHERE build = ?")
                .setParameter(1, build.id()).getResultList();
        Set<Long> domains = new HashSet<>();
        ids.forEach(id -> domains.add(((Number) id).longValue()));
        return domains;
    }

    void record(long domainId, ApplicationBuild build) {
        sql("INSERT INTO crm_domain_provisioning (domain_id, build, provisioned_at) VALUES (?, ?, NOW())"
                        + " ON DUPLICATE KEY UPDATE build = VALUES(build), provisioned_at = VALUES(provisioned_at)")
                .setParameter(1, domainId).setParameter(2, build.id()).executeUpdate();
    }

    /** SQL on a table no entity maps: the persistence unit refuses native SQL unless a query asks (multitenant entities). */
    private Query sql(String sql) {
        return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
