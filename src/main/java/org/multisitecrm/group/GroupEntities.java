package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Groups, who is in them, how they nest and which organisation they belong to, and smart groups' criteria. */
@ApplicationScoped
public class GroupEntities implements EntityContributor {

    @Inject
    private GroupRecordWriter groupWriter;
    @Inject
    private GroupContactRecordWriter groupContactWriter;
    @Inject
    private GroupNestingRecordWriter nestingWriter;
    @Inject
    private GroupOrganizationRecordWriter groupOrganizationWriter;
    @Inject
    private SavedSearchRecordWriter savedSearchWriter;
    @Inject
    private SearchDisplayRecordWriter searchDisplayWriter;
    @Inject
    private SearchDisplayRun searchDisplayRun;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Group", ContactGroup.class, "Groups of contacts, regular and smart.")
                        .fields("id", "name", "title", "description", "frontend_title", "frontend_description", "saved_search_id",
                                "is_active", "visibility", "group_type", "is_hidden", "is_reserved", "created_id")
                        .readOnly("is_reserved", "created_id")
                        .optionsFrom("group_type", "group_type").serialized("group_type")
                        .listedFrom("parents", "GroupNesting", "child_group_id", "parent_group_id", "Group")
                        .listedFrom("children", "GroupNesting", "parent_group_id", "child_group_id", "Group")
                        .foreignKey("saved_search_id", "SavedSearch").foreignKey("created_id", "Contact")
                        .writtenBy(groupWriter),
                entity("GroupContact", GroupContact.class, "Membership of contacts in groups: Added, Removed or Pending.")
                        .fields("id", "group_id", "contact_id", "status")
                        .foreignKey("group_id", "Group").foreignKey("contact_id", "Contact")
                        .writtenBy(groupContactWriter),
                entity("GroupNesting", GroupNesting.class, "Which groups are children of which.")
                        .fields("id", "child_group_id", "parent_group_id")
                        .foreignKey("child_group_id", "Group").foreignKey("parent_group_id", "Group")
                        .writtenBy(nestingWriter),
                entity("GroupOrganization", GroupOrganization.class, "Groups linked to an organisation.")
                        .fields("id", "group_id", "organization_id")
                        .foreignKey("group_id", "Group").foreignKey("organization_id", "Contact")
                        .writtenBy(groupOrganizationWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS),
                entity("SavedSearch", SavedSearch.class, "SearchKit's saved searches, and the criteria of smart groups.")
                        .fields("id", "name", "label", "description", "api_entity", "api_params", "expires_date", "created_id",
                                "modified_id", "created_date", "modified_date")
                        .readOnly("created_id", "modified_id", "created_date", "modified_date")
                        .foreignKey("created_id", "Contact").foreignKey("modified_id", "Contact")
                        .serialized("api_params")
                        .writtenBy(savedSearchWriter),
                entity("SearchDisplay", SearchDisplay.class, "How a saved search is shown: its columns, sort and page size.")
                        .fields("id", "name", "label", "saved_search_id", "type", "settings")
                        .foreignKey("saved_search_id", "SavedSearch")
                        .optionsFrom("type", "search_display_type")
                        .serialized("settings")
                        .operation("run", Requirement.permission(Permission.ACCESS_CIVICRM), searchDisplayRun)
                        .writtenBy(searchDisplayWriter));
    }
}
