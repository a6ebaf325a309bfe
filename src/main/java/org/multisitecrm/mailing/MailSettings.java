package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.setting.SettingContributor;
import org.multisitecrm.setting.SettingDefinition;
import org.multisitecrm.setting.SettingType;

import java.util.List;

import static org.multisitecrm.setting.SettingDefinition.named;

/** The domain's own mail server: the seed's "pop / smtp / from addresses are per site". */
@ApplicationScoped
public class MailSettings implements SettingContributor {

    /** CiviCRM's names: messages per run of Send Scheduled Mailings, and the pause between two messages. */
    public static final String BATCH_LIMIT = "mailerBatchLimit";
    public static final String THROTTLE = "mailThrottleTime";
    /** CiviCRM's name: whether the domain's mailings wait, scheduled, for someone with 'approve mailings'. */
    public static final String WORKFLOW = "civimail_workflow";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(named(MailingBackend.SETTING, SettingType.JSON).title("Outbound Email")
                .defaultJson(MailingBackend.defaultValue()).shape(MailingBackend::check).secretMembers("smtpPassword")
                .describedAs("How this domain's mail goes out: outBound_option 0 (SMTP, with smtpServer, smtpPort, smtpAuth,"
                        + " smtpUsername, smtpPassword, smtpTlsMode none|starttls|ssl), 2 (Disabled) or 5 (Redirect to Database).")
                .build(),
                named(BATCH_LIMIT, SettingType.INTEGER).title("Mailer Batch Limit").defaultValue(0).range(0, 1_000_000)
                        .describedAs("The most messages one run of Send Scheduled Mailings sends for this domain (0: no limit).").build(),
                named(WORKFLOW, SettingType.BOOLEAN).title("Enable workflow support for CiviMail").defaultValue(false)
                        .describedAs("Scheduled mailings wait until someone with 'approve mailings' approves them (Mailing.approve).").build(),
                named(THROTTLE, SettingType.INTEGER).title("Mailer Throttle Time").defaultValue(0).range(0, 10_000_000)
                        .describedAs("Microseconds to wait between two messages, for a mail server that takes them slowly.").build());
    }
}
