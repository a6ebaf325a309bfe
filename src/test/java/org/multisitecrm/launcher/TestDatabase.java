package org.multisitecrm.launcher;

import org.multisitecrm.testing.Folders;

import java.nio.file.Path;

/**
 * A MariaDB of the test run's own, for deployments that bypass the launcher (Arquillian): the same
 * embedded server the launcher starts, under {@code target/}, stopped when the test JVM exits.
 */
public final class TestDatabase {

    private static final java.util.Map<String, EmbeddedMariaDb> DATABASES = new java.util.HashMap<>();

    private TestDatabase() {
    }

    public static String[] urlUserPassword() {
        return urlUserPassword("it-arquillian-db");
    }

    /** A fresh database of its own for each name, so deployments do not see each other's data. */
    public static synchronized String[] urlUserPassword(String name) {
        EmbeddedMariaDb db = DATABASES.get(name);
        if (db == null) {
            Path home = Path.of(System.getProperty("crm.build.directory", "target"), name);
            Folders.deleteTree(home);
            db = new EmbeddedMariaDb(home);
            db.start();
            EmbeddedMariaDb started = db;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            DATABASES.put(name, db);
        }
        return new String[] {db.jdbcUrl(), db.user(), db.password()};
    }
}
