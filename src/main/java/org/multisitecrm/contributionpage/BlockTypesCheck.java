package org.multisitecrm.contributionpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.membership.MembershipType;

import java.util.List;

/**
 * A page sells its domain's own memberships: each type an active one found in the request domain's scope
 * (another domain's is refused as missing, CiviCRM's "form will allow a membership type belonging to
 * another org" defect), and the default one of those offered. Run on every write of a block.
 */
@ApplicationScoped
class BlockTypesCheck implements RecordCheck {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        MembershipBlock current = id == null ? null : em.find(MembershipBlock.class, id);
        String typesText = values.has("membership_types") ? (String) values.get("membership_types")
                : current == null ? null : current.getMembershipTypes();
        List<Long> types = IdList.parse("membership_types", typesText);
        if (values.has("membership_types")) {
            if (types.isEmpty()) {
                throw new InvalidInput("membership_types", "names at least one membership type");
            }
            for (long type : types) {
                MembershipType found = em.find(MembershipType.class, type);
                if (found == null || !found.isActive()) {
                    throw new InvalidInput("membership_types", "no active MembershipType has id " + type);
                }
            }
        }
        Long chosen = values.has("membership_type_default") ? (Long) values.get("membership_type_default")
                : current == null ? null : current.getMembershipTypeDefault();
        if (chosen != null && !types.contains(chosen)) {
            throw new InvalidInput("membership_type_default", "is one of membership_types " + types);
        }
    }
}
