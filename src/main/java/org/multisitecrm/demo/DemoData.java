package org.multisitecrm.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.membership.MembershipType;
import org.multisitecrm.option.OptionGroup;
import org.multisitecrm.option.OptionValue;
import org.multisitecrm.payment.PaymentProcessor;
import org.multisitecrm.payment.PaymentProcessorType;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.tenancy.DomainService;
import org.multisitecrm.tenancy.DomainSpec;
import org.multisitecrm.tenancy.DomainSpec.SiteSpec;

import java.math.BigDecimal;
import java.util.List;

/** Loads the demo domains through the same services an administrator uses. */
@ApplicationScoped
public class DemoData {

    public static final String HEAD_OFFICE = "Head Office";
    public static final String NORTH = "Branch North";
    public static final String SOUTH = "Branch South";

    @Inject
    private DomainService domains;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Transactional
    public void load() {
        Domain head = domains.create(new DomainSpec(HEAD_OFFICE, "The head office, which oversees every branch", null,
                List.of(new SiteSpec("localhost", 80, true))));
        Domain north = domains.create(new DomainSpec(NORTH, "The northern branch", head.getId(),
                List.of(new SiteSpec("north.localhost", 80, false))));
        Domain south = domains.create(new DomainSpec(SOUTH, "The southern branch", head.getId(),
                List.of(new SiteSpec("south.localhost", 80, false))));

        equip(head, "Supporter", "info@headoffice.example", new BigDecimal("60.00"));
        equip(north, "North Member", "north@branches.example", new BigDecimal("25.00"));
        equip(south, "South Member", "south@branches.example", new BigDecimal("20.00"));

        for (String[] name : List.of(new String[] {"Nora", "Northcott"}, new String[] {"Ned", "Nyberg"},
                new String[] {"Sara", "Southey"}, new String[] {"Sam", "Sandoval"}, new String[] {"Harriet", "Hale"})) {
            em.persist(Contact.individual(name[0], name[1]));
        }
    }

    /** A domain's own membership type, test payment processor and from-address, in its scope. */
    private void equip(Domain domain, String membershipType, String fromAddress, BigDecimal fee) {
        DomainScope.of(domain.getId()).run(() -> {
            MembershipType type = new MembershipType(membershipType, domain.getContact(), "year", 1, "rolling");
            type.setMinimumFee(fee);
            type.setDescription("Annual membership of " + domain.getName());
            em.persist(type);

            PaymentProcessorType dummy = em.createQuery(
                    "SELECT t FROM PaymentProcessorType t WHERE t.name = 'Dummy'", PaymentProcessorType.class).getSingleResult();
            PaymentProcessor processor = new PaymentProcessor("Dummy", domain.getName() + " test payments", dummy, true);
            processor.setDefault(true);
            em.persist(processor);

            OptionGroup fromAddresses = em.createQuery(
                    "SELECT g FROM OptionGroup g WHERE g.name = 'from_email_address'", OptionGroup.class).getSingleResult();
            String label = "\"" + domain.getName() + "\" <" + fromAddress + ">";
            em.persist(new OptionValue(fromAddresses, label, "1", label, 1));
            em.flush();
        });
    }
}
