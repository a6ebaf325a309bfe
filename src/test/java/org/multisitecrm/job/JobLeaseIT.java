package org.multisitecrm.job;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.testing.InContainer;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interleavings two servers' schedulers can produce, played in order (in a real pair they are a
 * matter of milliseconds, which {@link JobsAcrossServersIT} cannot count on): a server that read a job
 * as due before the other ran it does not run it again, and a job whose lease is held runs nowhere else.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("it-job-lease-db", "crm.jobs.enabled=false\n").addClasses(JobLeaseIT.class);
    }

    @Inject private InContainer container;
    @Inject private JobRecords records;
    @Inject private JobRunner runner;

    @Test
    void aJobReadAsDueBeforeAnotherServerRanItIsNotRunAgain() {
        DomainWork.run(container.domain("Branch North"), "lease test", () -> {
            List<Long> readByTheSecondServer = records.due(LocalDateTime.now());
            long job = readByTheSecondServer.stream().filter(id -> records.job(id).getApiAction().equals("process_membership"))
                    .findFirst().orElseThrow();

            assertTrue(runner.runIfDue(job).isPresent(), "the first server runs the due job");
            assertTrue(runner.runIfDue(job).isEmpty(), "the second, going by what it read before that run, does not");

            assertTrue(records.lease(job, "a server still running it", LocalDateTime.now(), false, 600));
            assertTrue(runner.run(job).isEmpty(), "while another holds its lease, not even Job.execute runs it");
        });
    }
}
