package io.gridcharge.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the platform under test from outside: its resident set size (/proc), its heap after a full collection
 * (the JDK's {@code jcmd}, same machine and user), and counters from its Prometheus endpoint. Every reading is
 * null when it cannot be taken (no pid, another CSMS without our metrics, not Linux), never a guess.
 *
 * @param pid     the platform's process id, or null
 * @param metrics the platform's Prometheus endpoint ({@code http://host:8080/metrics}), or null
 */
record PlatformProbe(Long pid, URI metrics) {
    /** "garbage-first heap   total reserved 6172672K, committed 110592K, used 67196K [...]" (JDK 25). */
    private static final Pattern G1_HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*?used\\s+(\\d+)K");
    private static final Duration JCMD_PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final String ROWS_WRITTEN = "gridcharge_db_rows_written_total";
    static final String COMMITS = "gridcharge_db_commits_total";

    /** VmRSS in kB. */
    Long rssKb() {
        return Rss.kilobytes(pid);
    }

    /** Heap in use right after a full collection the probe asks for, in kB: what the live objects take. */
    Long heapAfterFullGcKb() {
        if (pid == null) {
            return null;
        }
        if (jcmd("GC.run") == null) {
            return null;
        }
        String info = jcmd("GC.heap_info");
        if (info == null) {
            return null;
        }
        Matcher used = G1_HEAP_USED.matcher(info);
        return used.find() ? Long.parseLong(used.group(1)) : null;
    }

    /** The value of an un-labelled counter or gauge in the platform's Prometheus text, or null. */
    Double metric(String name) {
        if (metrics == null) {
            return null;
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return null;
            }
            for (String line : response.body().split("\n")) {
                if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return null;
        } catch (IOException | NumberFormatException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), pid.toString(), command)
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(JCMD_PATIENCE.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
