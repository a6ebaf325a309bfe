package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.administration.DomainSpec;

import java.util.List;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Domains through {@link DomainService} ('administer Multiple Organizations'): a new domain gets its
 * organisation, domain group, menus and settings by the same path as every other; a rename keeps its
 * settings file bound. Its hostnames are Site records. Created with {@code administrator_username} and
 * {@code administrator_password} (and the person's names and email), it comes with its first administrator. Domains are never deleted: their
 * contacts, groups and history would be orphaned.
 */
@ApplicationScoped
class DomainRecordWriter implements RecordWriter {

    static final List<String> ADMINISTRATOR_FIELDS = List.of(FirstAdministrator.USERNAME, FirstAdministrator.PASSWORD,
            FirstAdministrator.FIRST_NAME, FirstAdministrator.LAST_NAME, FirstAdministrator.EMAIL);

    @Inject
    private DomainService domains;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return domains.create(new DomainSpec(values.require("name"), values.getOr("description", null),
                values.getOr("parent_id", null), List.of()), firstAdministrator(values)).getId();
    }

    private static FirstAdministrator firstAdministrator(RecordValues values) {
        boolean any = ADMINISTRATOR_FIELDS.stream().anyMatch(f -> values.get(f) != null);
        if (!any) {
            return null;
        }
        String password = values.getOr(FirstAdministrator.PASSWORD, null);
        return new FirstAdministrator(values.getOr(FirstAdministrator.USERNAME, null), password == null ? null : password.toCharArray(),
                values.getOr(FirstAdministrator.FIRST_NAME, null), values.getOr(FirstAdministrator.LAST_NAME, null),
                values.getOr(FirstAdministrator.EMAIL, null));
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        ADMINISTRATOR_FIELDS.stream().filter(values::has).findFirst().ifPresent(f -> {
            throw new InvalidInput(f, "a domain's first administrator is given when it is created; later logins are UFMatch and roles");
        });
        if (values.has("name")) {
            domains.rename(id, values.require("name"));
        }
        if (values.has("description")) {
            domains.describe(id, values.getOr("description", null));
        }
        if (values.has("parent_id")) {
            domains.move(id, values.getOr("parent_id", null));
        }
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        throw new Conflict("domain " + id + " cannot be deleted: its contacts, groups and history belong to it");
    }
}
