package org.multisitecrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Sends through one of the bound domain's providers, by its {@code api_type}'s gateway. */
@ApplicationScoped
public class SmsGateways {

    @Inject
    private Instance<SmsGateway> gateways;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** The provider, if the bound domain has it and it is active. */
    public SmsProvider active(long providerId) {
        SmsProvider provider = em.find(SmsProvider.class, providerId);
        return provider != null && provider.isActive() ? provider : null;
    }

    public void send(SmsProvider provider, String to, String text) throws SmsException {
        String type = em.createQuery("SELECT v.name FROM OptionValue v WHERE v.optionGroup.name = 'sms_api_type' AND v.value = :v",
                String.class).setParameter("v", String.valueOf(provider.getApiType())).getResultStream().findFirst().orElse("");
        SmsGateway gateway = gateways.stream().filter(g -> g.apiType().equals(type)).findFirst()
                .orElseThrow(() -> new SmsException("no gateway sends api_type '" + type + "'", true));
        gateway.send(provider, to, text);
    }
}
