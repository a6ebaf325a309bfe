package org.multisitecrm.contact;

/**
 * A contact's current employer was set or cleared through the contact ({@code employer_id}), so the
 * "Employee of" relationship that CiviCRM keeps in step with it must follow. Null: no employer.
 */
public record EmployerChanged(long contactId, Long formerEmployerId, Long employerId) {
}
