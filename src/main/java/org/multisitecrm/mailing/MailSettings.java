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

    @Override
    public List<SettingDefinition> settings() {
        return List.of(named(MailingBackend.SETTING, SettingType.JSON).title("Outbound Email")
                .defaultJson(MailingBackend.defaultValue()).shape(MailingBackend::check).secretMembers("smtpPassword")
                .describedAs("How this domain's mail goes out: outBound_option 0 (SMTP, with smtpServer, smtpPort, smtpAuth,"
                        + " smtpUsername, smtpPassword, smtpTlsMode none|starttls|ssl), 2 (Disabled) or 5 (Redirect to Database).")
                .build());
    }
}
