package org.multisitecrm.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CiviCRM's report templates this server offers, each on an entity of the catalogue; a template whose
 * entity the server does not expose is not offered (the mailing summary arrives with mailings).
 */
@ApplicationScoped
public class ReportTemplates {

    private static final List<ReportTemplate> ALL = List.of(
            new ReportTemplate("contact/summary", "Constituent Summary", "Contacts with their type and identifiers.", "Contact",
                    List.of("id", "sort_name", "contact_type", "external_identifier", "created_date"), "[]", List.of(),
                    Map.of("sort_name", "ASC"), null),
            new ReportTemplate("contact/groups", "Group Membership", "Who is in which group.", "GroupContact",
                    List.of("contact_id.sort_name", "group_id.title", "status"), "[[\"status\",\"=\",\"Added\"]]", List.of(),
                    Map.of("group_id.title", "ASC"), null),
            new ReportTemplate("member/summary", "Membership Summary", "Memberships by type.", "Membership",
                    List.of("membership_type_id:label", "COUNT(id) AS members"), "[]", List.of("membership_type_id"), Map.of(), null),
            new ReportTemplate("member/detail", "Membership Detail", "Each membership with its member, type, status and dates.",
                    "Membership", List.of("id", "contact_id.sort_name", "membership_type_id:label", "status_id:label", "start_date",
                    "end_date"), "[]", List.of(), Map.of("end_date", "ASC"), null),
            new ReportTemplate("contribute/summary", "Contribution Summary", "Contributions and their total by financial type.",
                    "Contribution", List.of("financial_type_id:label", "COUNT(id) AS contributions", "SUM(total_amount) AS total"),
                    "[]", List.of("financial_type_id"), Map.of(), null),
            new ReportTemplate("contribute/detail", "Contribution Detail", "Each contribution with its contact, date, amount and status.",
                    "Contribution", List.of("id", "contact_id.sort_name", "receive_date", "total_amount", "financial_type_id:label",
                    "contribution_status_id:label"), "[]", List.of(), Map.of("receive_date", "DESC"), null));

    @Inject
    private EntityCatalog catalog;

    /** The templates whose entity the server exposes. */
    public List<ReportTemplate> offered() {
        return ALL.stream().filter(t -> catalog.find(t.entity()).isPresent()).toList();
    }

    public Optional<ReportTemplate> find(String id) {
        return offered().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public ReportTemplate require(String id) {
        return find(id).orElseThrow(() -> new InvalidInput("report_id", "'" + id + "' is not a report template here "
                + offered().stream().map(ReportTemplate::id).toList()));
    }
}
