package org.multisitecrm.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.CallerResolver;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserService;
import org.multisitecrm.tenancy.DomainScope;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/**
 * For Arquillian tests that run inside Payara: the built war with its own database and configuration,
 * and calls made as a real user resolved on a domain, as the request filters would bind them.
 */
@ApplicationScoped
public class InContainer {

    @Inject
    private UserService users;
    @Inject
    private CallerResolver callers;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** The built war on a database of its own, with extra MicroProfile Config lines; add the test classes to it. */
    public static WebArchive war(String databaseName, String extraConfig) {
        String[] db = TestDatabase.urlUserPassword(databaseName);
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("crm.build.directory", "target"), "multisite-crm.war"));
        war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
        war.addAsResource(new StringAsset("db.url=" + db[0] + "\ndb.user=" + db[1] + "\ndb.password=" + db[2]
                + "\ncrm.demo=true\n" + extraConfig), "META-INF/microprofile-config.properties");
        war.addClasses(InContainer.class);
        return war;
    }

    public static <T> T system(Supplier<T> work) {
        return Caller.system("test setup").call(work);
    }

    public long domain(String name) {
        return system(() -> em.createQuery("SELECT d.id FROM Domain d WHERE d.name = :n", Long.class)
                .setParameter("n", name).getSingleResult());
    }

    public long contact(String sortName) {
        return system(() -> em.createQuery("SELECT c.id FROM Contact c WHERE c.sortName = :n", Long.class)
                .setParameter("n", sortName).getSingleResult());
    }

    /** A read of the given JPQL as the bound caller sees it (bind one with {@link #as}). */
    public <T> List<T> query(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).getResultList();
    }

    public <T> T as(String username, String domainName, Supplier<T> work) {
        return as(username, domain(domainName), work);
    }

    public <T> T as(String username, long domainId, Supplier<T> work) {
        UserAccount user = system(() -> users.findByUsername(username).orElseThrow());
        return DomainScope.of(domainId).call(() -> callers.resolve(user, domainId).call(work));
    }

    public void asDo(String username, String domainName, Runnable work) {
        as(username, domainName, () -> {
            work.run();
            return null;
        });
    }
}
