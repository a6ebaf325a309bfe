package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.job.JobHandler;
import org.multisitecrm.job.RunFrequency;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * CiviCRM's "Send Scheduled Mailings" ({@code Job.process_mailing}), a job of every domain run at every
 * tick: the domain's due mailings go out through its own mail server, at most {@code mailerBatchLimit}
 * messages per run (0: no limit), {@code mailThrottleTime} microseconds apart; the rest wait for the next
 * run. SMS mailings go through their own gateways. A domain whose mail is disabled fails the run with what to
 * configure, and its email mailings wait.
 */
@ApplicationScoped
public class MailingSender implements JobHandler {

    @Inject
    private MailingRecords records;

    @Inject
    private MailingDelivery delivery;

    @Inject
    private EffectiveSettings settings;

    @Override
    public String apiEntity() {
        return "Job";
    }

    @Override
    public String apiAction() {
        return "process_mailing";
    }

    @Override
    public Template template() {
        return new Template("Send Scheduled Mailings", "Sends the domain's scheduled mailings through its own mail server",
                RunFrequency.Always, true);
    }

    @Override
    public String run(Map<String, String> parameters, LocalDateTime now) {
        List<Long> due = records.dueJobs(now);
        if (due.isEmpty()) {
            return "no mailing due";
        }
        MailingBackend backend = MailingBackend.of(settings.get(DomainScope.require().domainId(), MailingBackend.SETTING).value());
        int limit = (int) (long) settings.longValue(MailSettings.BATCH_LIMIT).orElse(0L);
        long throttle = settings.longValue(MailSettings.THROTTLE).orElse(0L);
        MailingDelivery.Outcome total = new MailingDelivery.Outcome(0, 0, 0, true);
        int waitingForMail = 0;
        for (long job : due) {
            if (backend.option() == OutboundOption.DISABLED && !records.isSms(job)) {
                waitingForMail++;
                continue;
            }
            int left = limit == 0 ? 0 : limit - total.delivered() - total.failed() - total.deferred();
            if (limit > 0 && left <= 0) {
                total = total.plus(new MailingDelivery.Outcome(0, 0, 0, false));
                break;
            }
            records.start(job, now);
            total = total.plus(delivery.deliver(job, backend, left, throttle));
        }
        if (waitingForMail > 0) {
            throw new IllegalStateException("outbound mail is disabled for this domain, so " + waitingForMail + " mailing(s) wait: set its"
                    + " mailing_backend setting (outBound_option 0 with smtpServer and smtpPort)");
        }
        return total.delivered() + " delivered, " + total.failed() + " failed, " + total.deferred() + " to retry"
                + (total.complete() ? "" : "; more to send at the next run");
    }
}
