package org.multisitecrm.launcher;

import org.multisitecrm.testing.Folders;

import java.nio.file.Path;

/**
 * A MariaDB of the test run's own, for deployments that bypass the launcher (Arquillian): the same
 * embedded server the launcher starts, under {@code target/}, stopped when the test JVM exits.
 */
public final class TestDatabase {

    private static EmbeddedMariaDb db;

    private TestDatabase() {
    }

    public static synchronized String[] urlUserPassword() {
        if (db == null) {
            Path home = Path.of(System.getProperty("crm.build.directory", "target"), "it-arquillian-db");
            Folders.deleteTree(home);
            db = new EmbeddedMariaDb(home);
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        }
        return new String[] {db.jdbcUrl(), db.user(), db.password()};
    }
}
