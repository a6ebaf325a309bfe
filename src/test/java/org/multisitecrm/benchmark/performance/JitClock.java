package org.multisitecrm.benchmark.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * The seconds a JVM's JIT compilers have spent so far ({@code jstat -compiler}, the JDK's own tool,
 * beside the harness's {@code java}). A load has warmed the server when a round of it leaves this
 * almost where it was: on two cores C2 takes a whole core for a minute or more of 16 connections, and
 * throughput measured meanwhile is the compiler's, not the server's.
 */
final class JitClock {

    private JitClock() {
    }

    /** Empty when jstat cannot be run or read. */
    static OptionalDouble compileSeconds(long pid) {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        try {
            Process process = new ProcessBuilder(jstat.toString(), "-compiler", Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return OptionalDouble.empty();
            }
            // "Compiled Failed Invalid   Time   FailedType FailedMethod", then one line of figures
            String[] lines = out.strip().split("\n");
            String[] figures = lines[lines.length - 1].strip().split("\\s+");
            return figures.length >= 4 ? OptionalDouble.of(Double.parseDouble(figures[3])) : OptionalDouble.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        }
    }
}
