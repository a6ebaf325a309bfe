package org.multisitecrm.benchmark;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;
import org.multisitecrm.mailing.MailingSender;
import org.multisitecrm.mailing.MailingStats;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.setting.SettingTarget;
import org.multisitecrm.setting.SettingType;
import org.multisitecrm.setting.SettingsService;
import org.multisitecrm.testing.CountingSmtpSink;
import org.multisitecrm.testing.InContainer;
import org.multisitecrm.testing.InTransaction;
import org.multisitecrm.testing.NorthContacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A mailing to Branch North's domain group once 500,000 contacts with an email are hard-added to it, in
 * Payara on the embedded MariaDB: the time to fix its recipients when it is scheduled, then one run of
 * Send Scheduled Mailings sending 100,000 of them (mailerBatchLimit) through an SMTP server that counts
 * and discards. Prints both with their rates. Run with
 * {@code mvn -B verify -Pbenchmark -Dit.test=MailingBenchmark}; it asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class MailingBenchmark {

    private static final int CONTACTS = Integer.getInteger("benchmark.mailing.contacts", 500_000);
    private static final int SENT = Integer.getInteger("benchmark.mailing.sent", 100_000);

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("benchmark-mailing-db", "crm.jobs.enabled=false\n")
                .addClasses(MailingBenchmark.class, CountingSmtpSink.class, NorthContacts.class, InTransaction.class);
    }

    @Inject private InContainer container;
    @Inject private InTransaction transactions;
    @Inject private CatalogWrites writes;
    @Inject private EntityCatalog entities;
    @Inject private SettingsService settings;
    @Inject private MailingSender sender;
    @Inject private MailingStats stats;

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void recipientsOfHalfAMillionAndAHundredThousandMessages() throws SQLException {
        long loadStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            NorthContacts.loadBench(connection, CONTACTS);
            s.executeUpdate("INSERT INTO civicrm_email (contact_id, location_type_id, email, is_primary, on_hold)"
                    + " SELECT id, 1, CONCAT('bench', id, '@bench.example'), 1, 0 FROM civicrm_contact WHERE first_name LIKE 'Bench%'");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        System.out.printf(Locale.ROOT, "%nLoaded %,d North contacts with an email in %.1f s%n", CONTACTS, (System.nanoTime() - loadStart) / 1e9);

        long north = container.domain("Branch North");
        long domainGroup = InContainer.system(() -> DomainWork.call(north, "benchmark", () -> Long.parseLong(
                settings.get(SettingTarget.current(), java.util.List.of("domain_group_id")).get(0).value().toString().replaceAll("\\D", ""))));
        try (CountingSmtpSink sink = new CountingSmtpSink()) {
            long mailing = container.as("north", north, () -> transactions.call(() -> {
                settings.set(SettingTarget.current(), Map.of("mailing_backend", SettingType.parseJson(sink.backend()),
                        "mailerBatchLimit", JSON.createValue(SENT)));
                long id = writes.create(entities.require("Mailing"), JSON.createObjectBuilder().add("name", "Benchmark")
                        .add("subject", "Hello {contact.first_name}").add("body_text", "Dear {contact.display_name}, news from {domain.name}.")
                        .add("body_html", "<p>Dear {contact.display_name},</p><p>News from {domain.name}.</p>").build())
                        .getJsonNumber("id").longValue();
                writes.create(entities.require("MailingGroup"), JSON.createObjectBuilder().add("mailing_id", id).add("group_type", "Include")
                        .add("entity_table", "civicrm_group").add("entity_id", domainGroup).build());
                return id;
            }));

            long scheduleStart = System.nanoTime();
            container.as("north", north, () -> transactions.call(() -> writes.update(entities.require("Mailing"),
                    JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(mailing)).build(), JSON.createObjectBuilder()
                    .add("scheduled_date", LocalDateTime.now().minusMinutes(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))
                    .build())));
            double scheduling = (System.nanoTime() - scheduleStart) / 1e9;
            long recipients = DomainWork.call(north, "benchmark", () -> stats.of(mailing).getJsonNumber("recipients").longValue());
            System.out.printf(Locale.ROOT, "Scheduling fixed %,d recipients in %.1f s (%,.0f recipients/s)%n", recipients, scheduling,
                    recipients / scheduling);

            long sendStart = System.nanoTime();
            String outcome = DomainWork.call(north, "benchmark", () -> sender.run(Map.of(), LocalDateTime.now()));
            double sending = (System.nanoTime() - sendStart) / 1e9;
            System.out.printf(Locale.ROOT, "One run of Send Scheduled Mailings: %s; the SMTP server counted %,d messages in %.1f s"
                    + " (%,.0f messages/s, queueing the %,d recipients included)%n", outcome, sink.messages(), sending,
                    sink.messages() / sending, recipients);
        }
    }
}
