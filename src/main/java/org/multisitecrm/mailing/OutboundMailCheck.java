package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemStatus;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.tenancy.DomainScope;

import java.util.List;

/**
 * CiviCRM's {@code checkOutboundMail}, per domain: a domain whose mail is disabled, or only recorded in
 * the database, sends nobody anything, and its administrators are told where to set its server.
 */
@ApplicationScoped
public class OutboundMailCheck implements SystemCheck {

    static final String NAME = "checkOutboundMail";

    @Inject
    private EffectiveSettings settings;

    @Override
    public List<SystemStatus> check() {
        MailingBackend backend = MailingBackend.of(settings.get(DomainScope.require().domainId(), MailingBackend.SETTING).value());
        return switch (backend.option()) {
            case SMTP -> SystemStatus.none();
            case DISABLED -> List.of(SystemStatus.warning(NAME, "Outbound email is disabled",
                    "This domain sends no email: set its mail server in the mailing_backend setting (outBound_option 0 with"
                            + " smtpServer and smtpPort), in Administer > System Settings or through Setting.set."));
            case REDIRECT_TO_DATABASE -> List.of(new SystemStatus(NAME, "Outbound email is redirected to the database",
                    "This domain's email is recorded, not sent (outBound_option 5): set outBound_option 0 and its SMTP server"
                            + " to send it.", SystemStatus.Severity.NOTICE, "fa-info-circle"));
        };
    }
}
