package org.multisitecrm.infrastructure.json;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code Json.createX} looks the provider up on every call (a class-path scan under Payara): main code uses {@link Jsons#JSON}. */
class OneProviderTest {

    private static final Pattern LOOKUP = Pattern.compile("\\bJson\\.create[A-Za-z]*\\(");

    @Test
    void noMainCodeLooksTheProviderUpPerCall() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(OneProviderTest::looksUp)
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean looksUp(Path file) {
        try {
            return LOOKUP.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
