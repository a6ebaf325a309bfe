package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * CiviCRM's {@code Job.cleanup} as far as this server keeps anything to clean: the domain's job log older
 * than the job's {@code jobLog} parameter in days (30 by default). Jobs that run at every tick (Send
 * Scheduled Mailings) log every run, as CiviCRM's do, so the log would otherwise only grow.
 */
@ApplicationScoped
public class JobLogCleanup implements JobHandler {

    static final int DEFAULT_DAYS = 30;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public String apiEntity() {
        return "Job";
    }

    @Override
    public String apiAction() {
        return "cleanup";
    }

    @Override
    public Template template() {
        return new Template("Clean-up Temporary Data and Files", "Removes the domain's job log older than its jobLog parameter in days"
                + " (default " + DEFAULT_DAYS + ")", RunFrequency.Daily, true);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String run(Map<String, String> parameters, LocalDateTime now) {
        int days;
        try {
            days = Integer.parseInt(parameters.getOrDefault("jobLog", Integer.toString(DEFAULT_DAYS)));
        } catch (NumberFormatException e) {
            throw new InvalidInput("parameters", "jobLog must be a whole number of days, not '" + parameters.get("jobLog") + "'");
        }
        int removed = em.createQuery("DELETE FROM JobLog l WHERE l.runTime < :cutoff").setParameter("cutoff", now.minusDays(days))
                .executeUpdate();
        return removed + " job log entries removed";
    }
}
