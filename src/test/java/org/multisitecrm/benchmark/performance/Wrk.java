package org.multisitecrm.benchmark.performance;

import org.multisitecrm.benchmark.performance.SizeFigures.Throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Debian's {@code wrk} (installed with apt-get when missing and allowed): POSTs, each to its own path
 * and body from a list, over a number of connections for a number of seconds.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("Latency\\s+([0-9.]+)(us|ms|s)");

    private Wrk() {
    }

    static boolean available() {
        if (runs("wrk", "--version")) {
            return true;
        }
        System.out.println("wrk is missing: installing Debian's (apt-get install wrk)");
        return runs("apt-get", "update", "-qq") && runs("apt-get", "install", "-y", "-qq", "wrk") && runs("wrk", "--version");
    }

    /** Runs wrk against {@code port}; {@code requests} are path and body pairs taken in turn. */
    static Optional<Throughput> post(Path folder, String name, int port, String host, List<String> headers, List<String[]> requests,
                                     int connections, int seconds) throws IOException, InterruptedException {
        Path script = folder.resolve(name + ".lua");
        String list = requests.stream().map(r -> "{" + quote(r[0]) + ", " + quote(r[1]) + "}").collect(Collectors.joining(",\n"));
        Files.writeString(script, "wrk.method = \"POST\"\n"
                + "wrk.headers[\"Host\"] = " + quote(host + ":" + port) + "\n"
                + headers.stream().map(h -> "wrk.headers[" + quote(h.substring(0, h.indexOf(':'))) + "] = "
                + quote(h.substring(h.indexOf(':') + 1).strip())).collect(Collectors.joining("\n")) + "\n"
                + "local requests = {\n" + list + "\n}\nlocal n = 0\n"
                + "request = function()\n  n = n + 1\n  local r = requests[(n % #requests) + 1]\n"
                + "  return wrk.format(nil, r[1], nil, r[2])\nend\n", StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(),
                "http://127.0.0.1:" + port + "/").redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor(seconds + 60L, TimeUnit.SECONDS);
        System.out.println(out);
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            return Optional.empty();
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        Matcher latency = LATENCY.matcher(out);
        double mean = -1;
        if (latency.find()) {
            double value = Double.parseDouble(latency.group(1));
            mean = switch (latency.group(2)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
        }
        Matcher total = TOTAL.matcher(out);
        return Optional.of(new Throughput(Double.parseDouble(rate.group(1)), errors, mean, total.find() ? Long.parseLong(total.group(1)) : -1, 0,
                List.of()));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(300, TimeUnit.SECONDS) && process.exitValue() <= 1 && !command[0].isEmpty();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
