package org.multisitecrm.web.membership;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One membership ({@code view.xhtml?id=}): its type, status and dates, the contributions that paid for
 * it, and renewing it for a term, paid now or left owing. A membership this user cannot see (another
 * domain's among them) is the not-found page.
 */
@Named("membershipRecord")
@ViewScoped
public class MembershipView implements Serializable {

    @Inject
    private MembershipBackOffice memberships;

    private String id;
    private Map<String, Object> membership;
    private List<Map<String, Object>> payments;
    private Map<String, String> statuses;
    private Map<String, String> instruments;
    private Long paidWith;

    public void load() {
        long membershipId = PageIds.parse(id, "membership");
        membership = memberships.membership(membershipId);
        payments = memberships.payments(membershipId);
        statuses = memberships.statuses();
        instruments = memberships.instruments();
    }

    public void renew() {
        long membershipId = PageIds.parse(id, "membership");
        long[] order = new long[1];
        if (FacesMessages.attempt(() -> order[0] = memberships.renew(membershipId, paidWith), "renew")) {
            load();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, paidWith == null
                    ? "Renewal ordered (contribution " + order[0] + "): the membership is extended once it is paid"
                    : "Membership renewed and paid (contribution " + order[0] + ")");
        }
    }

    public boolean isInherited() {
        return membership.get("owner_membership_id") != null;
    }

    public String status(Object value) {
        return value == null ? "" : statuses.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    /** "Paid now by ..." choices, and leaving it owing. */
    public List<SelectItem> getPaymentItems() {
        return instruments.entrySet().stream().map(e -> new SelectItem(Long.valueOf(e.getKey()), "Paid now: " + e.getValue())).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<String, Object> getMembership() {
        return membership;
    }

    public List<Map<String, Object>> getPayments() {
        return payments;
    }

    public Long getPaidWith() {
        return paidWith;
    }

    public void setPaidWith(Long paidWith) {
        this.paidWith = paidWith;
    }
}
