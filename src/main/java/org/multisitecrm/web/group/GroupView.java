package org.multisitecrm.web.group;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.web.record.CatalogDataModel;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * One group ({@code view.xhtml?id=}): its details, its members (hard-added, a page at a time), adding a
 * contact found by name and removing one; a smart group's matching contacts; the organisations it is
 * linked to, which head office links and unlinks. A group this user cannot see is the not-found page.
 */
@Named("groupPage")
@ViewScoped
public class GroupView implements Serializable {

    private static final List<String> MEMBER_FIELDS = List.of("id", "contact_id", "contact_id.sort_name", "contact_id.contact_type");
    private static final List<String> MATCH_FIELDS = List.of("id", "sort_name", "contact_type");

    @Inject
    private GroupBackOffice groups;

    @Inject
    private CatalogReads reads;

    private String id;
    private Map<String, Object> group;
    private GroupForm form;
    private CatalogDataModel members;
    private String memberQuery;
    private List<Map<String, Object>> candidates = List.of();
    private CatalogDataModel matches;
    private List<Map<String, Object>> organizations;
    private boolean organizationsEditable;
    private String organizationQuery;
    private List<Map<String, Object>> organizationCandidates = List.of();

    public void load() {
        long groupId = groupId();
        group = groups.group(groupId);
        form = GroupForm.of(group);
        members = new CatalogDataModel(reads, "GroupContact", MEMBER_FIELDS, () -> JSON.createArrayBuilder()
                .add(JSON.createArrayBuilder().add("group_id").add("=").add(groupId))
                .add(JSON.createArrayBuilder().add("status").add("=").add("Added")).build());
        if (isSmart()) {
            long search = ((Number) group.get("saved_search_id")).longValue();
            matches = new CatalogDataModel(reads, "Contact", MATCH_FIELDS, () -> groups.smartCriteria(search));
        }
        loadOrganizations();
    }

    private void loadOrganizations() {
        organizations = groups.organizations(groupId());
        organizationsEditable = groups.mayLinkOrganizations();
    }

    public void findOrganizations() {
        organizationCandidates = organizationQuery == null || organizationQuery.isBlank() ? List.of()
                : groups.organizationsNamed(organizationQuery);
    }

    public void link(long organizationId) {
        if (FacesMessages.attempt(() -> groups.linkOrganization(groupId(), organizationId), "organizations")) {
            organizationCandidates = List.of();
            organizationQuery = null;
            loadOrganizations();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Group linked to the organisation: its domain sees the group");
        }
    }

    public void unlink(long linkId) {
        if (FacesMessages.attempt(() -> groups.unlinkOrganization(linkId), "organizations")) {
            loadOrganizations();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Link ended");
        }
    }

    public void save() {
        if (FacesMessages.attempt(() -> groups.update(groupId(), form), "details")) {
            group = groups.group(groupId());
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Group saved");
        }
    }

    public void find() {
        candidates = memberQuery == null || memberQuery.isBlank() ? List.of() : groups.contactsNamed(memberQuery);
    }

    public void add(long contactId) {
        if (FacesMessages.attempt(() -> groups.addMember(groupId(), contactId), "members")) {
            candidates = List.of();
            memberQuery = null;
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Contact added to the group");
        }
    }

    public void remove(long contactId) {
        if (FacesMessages.attempt(() -> groups.removeMember(groupId(), contactId), "members")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Contact removed from the group");
        }
    }

    private long groupId() {
        return PageIds.parse(id, "group");
    }

    public boolean isSmart() {
        return group.get("saved_search_id") != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<String, Object> getGroup() {
        return group;
    }

    public GroupForm getForm() {
        return form;
    }

    public CatalogDataModel getMembers() {
        return members;
    }

    public String getMemberQuery() {
        return memberQuery;
    }

    public void setMemberQuery(String memberQuery) {
        this.memberQuery = memberQuery;
    }

    public List<Map<String, Object>> getCandidates() {
        return candidates;
    }

    /** A smart group's contacts matching its criteria, as this user sees them (a smart group never widens what one sees). */
    public CatalogDataModel getMatches() {
        return matches;
    }

    public List<Map<String, Object>> getOrganizations() {
        return organizations;
    }

    public boolean isOrganizationsEditable() {
        return organizationsEditable;
    }

    public String getOrganizationQuery() {
        return organizationQuery;
    }

    public void setOrganizationQuery(String organizationQuery) {
        this.organizationQuery = organizationQuery;
    }

    public List<Map<String, Object>> getOrganizationCandidates() {
        return organizationCandidates;
    }
}
