package org.multisitecrm.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * axe-core, the accessibility checker, injected into the page under test. Its npm package is fetched
 * once per build from the npm registry into {@code target/} and checked against the registry's
 * SHA-512 before a byte of it runs in the browser.
 */
public final class Axe {

    private static final String VERSION = "4.10.2";
    private static final String INTEGRITY = "RE3mdQ7P3FRSe7eqCWoeQ/Z9QXrtniSjp1wUjt5nRC3WIpz5rSCve6o3fsZ2aCpJtrZjSZgjwXAoTO5k4tEI0w==";
    private static final String SCRIPT_IN_PACKAGE = "package/axe.min.js";
    private static String script;

    private Axe() {
    }

    /** The serious and critical violations on the page now shown, one line each (rule, help, where). */
    /** Fails with the violations found when axe-core finds any serious or critical one on the page shown. */
    public static void assertAccessible(Browser browser, String page) {
        List<String> violations = seriousViolations(browser);
        org.junit.jupiter.api.Assertions.assertTrue(violations.isEmpty(), page + ": " + String.join("\n", violations));
    }

    public static List<String> seriousViolations(Browser browser) {
        browser.driver().executeScript(script());
        Object found = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    private static synchronized String script() {
        if (script == null) {
            script = new String(untar(gunzip(tarball()), SCRIPT_IN_PACKAGE), StandardCharsets.UTF_8);
        }
        return script;
    }

    private static byte[] tarball() {
        Path cached = Path.of(System.getProperty("crm.build.directory", "target"), "axe-core-" + VERSION + ".tgz");
        try {
            byte[] bytes;
            if (Files.exists(cached)) {
                bytes = Files.readAllBytes(cached);
            } else {
                HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
                        HttpRequest.newBuilder(URI.create("https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz"))
                                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("npm registry answered " + response.statusCode() + " for axe-core " + VERSION);
                }
                bytes = response.body();
            }
            String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
            if (!digest.equals(INTEGRITY)) {
                Files.deleteIfExists(cached);
                throw new IllegalStateException("axe-core " + VERSION + " does not match the npm registry's integrity sha512-" + INTEGRITY);
            }
            Files.createDirectories(cached.getParent());
            Files.write(cached, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file of a ustar archive: 512-byte headers, name at 0, octal size at 124, data padded to 512. */
    private static byte[] untar(byte[] tar, String wanted) {
        int at = 0;
        while (at + 512 <= tar.length && tar[at] != 0) {
            String name = new String(tar, at, 100, StandardCharsets.US_ASCII).replace("\0", "").trim();
            String prefix = new String(tar, at + 345, 155, StandardCharsets.US_ASCII).replace("\0", "").trim();
            long size = Long.parseLong(new String(tar, at + 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
            String path = prefix.isEmpty() ? name : prefix + "/" + name;
            if (path.equals(wanted)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(tar, at + 512, (int) size);
                return out.toByteArray();
            }
            at += 512 + (int) ((size + 511) / 512 * 512);
        }
        throw new IllegalStateException(wanted + " is not in the axe-core package");
    }
}
