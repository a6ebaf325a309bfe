package org.multisitecrm.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.security.Caller;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Membership Types ({@code types.xhtml}): the domain's own types (never another domain's: the seed's
 * first CiviCRM defect) and a form adding one, whose members are members of the domain's organisation.
 */
@Named("membershipTypes")
@ViewScoped
public class MembershipTypesView implements Serializable {

    @Inject
    private MembershipBackOffice memberships;

    private List<Map<String, Object>> types;
    private List<SelectItem> financialTypes;
    private MembershipTypeForm form = new MembershipTypeForm();

    @PostConstruct
    void load() {
        types = memberships.types();
        financialTypes = memberships.financialTypes().stream().map(t -> new SelectItem(t.get("id"), (String) t.get("name"))).toList();
    }

    public void create() {
        long domainId = Caller.boundDomain().orElseThrow();
        if (FacesMessages.attempt(() -> memberships.createType(form, domainId), "new-type")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Membership type " + form.getName().trim() + " added");
            form = new MembershipTypeForm();
            load();
        }
    }

    public List<String> getDurationUnits() {
        return List.of("year", "month", "day", "lifetime");
    }

    public List<String> getPeriodTypes() {
        return List.of("rolling", "fixed");
    }

    public List<Map<String, Object>> getTypes() {
        return types;
    }

    public List<SelectItem> getFinancialTypes() {
        return financialTypes;
    }

    public MembershipTypeForm getForm() {
        return form;
    }
}
