package org.multisitecrm.testing;

import org.multisitecrm.launcher.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Removing a test's folders, failing the test when that is impossible. */
public final class Folders {

    private Folders() {
    }

    public static void deleteTree(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }
}
