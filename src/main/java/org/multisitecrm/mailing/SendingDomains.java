package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.branding.Branding;
import org.multisitecrm.contact.Address;
import org.multisitecrm.contact.Email;
import org.multisitecrm.contact.Phone;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.tenancy.Site;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bound domain as the sender of its mail: CiviCRM's domain tokens from its organisation contact's
 * primary address, phone and email, its logo, and the base URL of its own site, which every link in its
 * mail points at ({@code userFrameworkBaseURL} when set, else its default site's host).
 */
@ApplicationScoped
public class SendingDomains {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private EffectiveSettings settings;

    @Inject
    private Branding branding;

    public SendingDomain current() {
        long domainId = DomainScope.require().domainId();
        Domain domain = em.find(Domain.class, domainId);
        String baseUrl = settings.textValue("userFrameworkBaseURL").map(u -> u.endsWith("/") ? u : u + "/").orElseGet(() -> siteUrl(domainId));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("id", Long.toString(domainId));
        tokens.put("name", domain.getName());
        tokens.put("description", Objects.requireNonNullElse(domain.getDescription(), ""));
        long contactId = domain.getContact().getId();
        tokens.put("email", primary(Email.class, contactId).map(Email::getEmail).findFirst().orElse(""));
        tokens.put("phone", primary(Phone.class, contactId).map(Phone::getPhone).findFirst().orElse(""));
        Address address = primary(Address.class, contactId).findFirst().orElse(null);
        tokens.put("address", address == null ? "" : Stream.of(address.getStreetAddress(), address.getSupplementalAddress1(),
                        address.getCity(), address.getPostalCode()).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", ")));
        tokens.put("street_address", address == null ? "" : Objects.requireNonNullElse(address.getStreetAddress(), ""));
        tokens.put("city", address == null ? "" : Objects.requireNonNullElse(address.getCity(), ""));
        tokens.put("postal_code", address == null ? "" : Objects.requireNonNullElse(address.getPostalCode(), ""));
        tokens.put("now", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        tokens.put("logo", branding.current().filter(org.multisitecrm.branding.DomainBranding::hasLogo).map(b -> baseUrl + "civicrm/domain/logo").orElse(""));
        return new SendingDomain(domainId, baseUrl, Map.copyOf(tokens));
    }

    private <T> Stream<T> primary(Class<T> type, long contactId) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.contactId = :c ORDER BY r.isPrimary DESC, r.id", type)
                .setParameter("c", contactId).setMaxResults(1).getResultStream();
    }

    private String siteUrl(long domainId) {
        List<Site> sites = em.createQuery("SELECT s FROM Site s WHERE s.domain.id = :d ORDER BY s.isDefault DESC, s.id", Site.class)
                .setParameter("d", domainId).setMaxResults(1).getResultList();
        if (sites.isEmpty()) {
            return "http://localhost/";
        }
        Site site = sites.get(0);
        return "http://" + site.getHostname() + (site.getPort() == Site.DEFAULT_PORT ? "" : ":" + site.getPort()) + "/";
    }
}
