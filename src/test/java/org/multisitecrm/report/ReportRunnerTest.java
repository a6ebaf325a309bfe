package org.multisitecrm.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportRunnerTest {

    @Test
    void aColumnIsHeadedAsPeopleReadIt() {
        assertEquals("Membership Type", ReportRunner.title("membership_type_id:label"));
        assertEquals("Contact Sort Name", ReportRunner.title("contact_id.sort_name"));
        assertEquals("Members", ReportRunner.title("members"));
        assertEquals("Total Amount", ReportRunner.title("total_amount"));
    }
}
