package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.web.launch.EmbeddedDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 9: a 60 MB ACR import fits in a 256 MB heap. Starts the packaged portal (one JVM, a free port, its
 * own PostgreSQL — the launcher's {@link EmbeddedDatabase} in a temporary directory) with {@code -Xmx256m
 * -XX:+ExitOnOutOfMemoryError} and a GC log, imports the customers of {@value #PARTNERS} partners, then posts a
 * generated CSV of at least 60 MiB (written row by row into {@code target/import-heap/}) to
 * {@code POST /api/v1/imports/acr} as the program admin {@code omar}. While the import runs the test asks the node for
 * a full collection every {@value #SAMPLE_SECONDS} s ({@code jcmd <pid> GC.run}), so the GC log holds the heap that
 * is really live at those moments, not only what the young collections saw.
 *
 * <p>It passes when the import answered 200 with every row, the rows are in the database, the node is alive and
 * healthy (an {@code OutOfMemoryError} would have ended it), and the live heap during the import stayed less than
 * {@value #LIVE_GROWTH_MB} MB above the live heap before it — a body read whole, or its rows collected in a list,
 * holds 60 MB or more while the rows are written and fails that bound. The figures (peak in use before a
 * collection, peak after, live) go to stdout and {@code target/import-heap/result.txt}; docs/performance.md records
 * them. scripts/test.sh runs it in the end-to-end stage, after TwoNodesIT; it needs Keycloak (the realm:
 * {@code -Dportal.e2e.realm}) and the packaged portal (web/target/quarkus-app).
 */
class ImportHeapIT {

    static final int PARTNERS = 10;
    static final int MONTHS = 60;
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    /** The file's size at least: 60 MiB, below the import routes' 64 MB limit. */
    static final long MIN_BYTES = 60L * 1024 * 1024;
    static final String HEAP = "256m";
    /** How much more heap may be live during the import than before it, in MB (the file is 60). */
    static final int LIVE_GROWTH_MB = 30;
    static final int SAMPLE_SECONDS = 2;
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("portal.e2e.node-timeout", 300));
    static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);
    /**
     * A G1 collection in the log: "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M) 12.345ms", or
     * "GC(13) Pause Full (Diagnostic Command) 38M->24M(87M) 107.852ms" (jcmd GC.run); not the remark and cleanup
     * pauses of a concurrent cycle, which free nothing.
     */
    static final Pattern PAUSE = Pattern.compile("GC\\(\\d+\\) Pause (?:Young|Full) .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static Path work;
    static Path dataDirectory;
    static EmbeddedDatabase database;
    static Process node;
    static int port;
    static Path nodeLog;
    static Path gcLog;
    static String realm;

    @BeforeAll
    static void portalWith256MbOfHeap() throws Exception {
        realm = DemoRealm.url();
        Path jar = DemoRealm.packagedPortal();
        DemoRealm.requireKeycloak(realm);

        work = Path.of("target", "import-heap").toAbsolutePath();
        Files.createDirectories(work);
        dataDirectory = Files.createTempDirectory("portal-import-heap-pgdata");
        database = EmbeddedDatabase.start(dataDirectory, 0, true);
        Flyway.configure().dataSource(database.jdbcUrl(), database.owner().user(), database.owner().password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", database.runtime().user())).load().migrate();

        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        nodeLog = work.resolve("portal.log");
        gcLog = work.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        ProcessBuilder builder = new ProcessBuilder(java("java"), "-Xms64m", "-Xmx" + HEAP, "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog + ":uptime", "-Dquarkus.profile=demo",
                "-Dquarkus.http.port=" + port, "-Dportal.demo-data.enabled=false", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(nodeLog.toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", database.runtime().user());
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", database.runtime().password());
        builder.environment().put("QUARKUS_FLYWAY_USERNAME", database.owner().user());
        builder.environment().put("QUARKUS_FLYWAY_PASSWORD", database.owner().password());
        builder.environment().put("OIDC_AUTH_SERVER_URL", realm);
        node = builder.start();
        awaitReady();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (node != null && node.isAlive()) {
            node.destroy();
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (database != null) {
            database.close();
        }
        if (dataDirectory != null && Files.exists(dataDirectory)) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (work != null) {
            Files.deleteIfExists(work.resolve("acr.csv"));
        }
    }

    @Test
    void a60MbAcrImportFitsIn256MbOfHeap() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Path csv = work.resolve("acr.csv");
        long preparing = System.nanoTime();
        int[] customers = writeCsv(csv);
        double written = (System.nanoTime() - preparing) / 1e9;
        long bytes = Files.size(csv);
        int rows = 0;
        for (int c : customers) {
            rows += c * MONTHS;
        }
        assertThat(bytes).as("the CSV's size").isBetween(MIN_BYTES, 64L * 1024 * 1024);

        String token = accessToken(http, "omar");
        for (int p = 1; p <= PARTNERS; p++) {
            HttpResponse<String> evidence = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/imports/evidence")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(evidence(p, customers[p - 1])))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(evidence.statusCode()).as("the customers of %s: %s", partner(p), evidence.body()).isEqualTo(200);
        }

        double customersImported = (System.nanoTime() - preparing) / 1e9 - written;

        // The live heap before: a full collection, then every SAMPLE_SECONDS during the import.
        fullCollection();
        int importStartsAt = gcLines().size();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> importing = http.sendAsync(
                HttpRequest.newBuilder(URI.create(url("/api/v1/imports/acr")))
                        .header("Authorization", "Bearer " + accessToken(http, "omar"))
                        .header("Content-Type", "text/csv").timeout(IMPORT_TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        int samples = 0;
        while (!importing.isDone() && node.isAlive()) {
            try {
                importing.get(SAMPLE_SECONDS, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                if (node.isAlive() && !importing.isDone()) {
                    fullCollection();
                    samples++;
                }
            } catch (java.util.concurrent.ExecutionException failed) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(node.isAlive()).as("the node is alive after the import (exit code %s; log %s):%n%s",
                node.isAlive() ? "-" : node.exitValue(), nodeLog, tail()).isTrue();
        HttpResponse<String> response = importing.get();
        assertThat(response.statusCode()).as("the import's answer: %s", response.body()).isEqualTo(200);
        JsonNode result = new ObjectMapper().readTree(response.body());
        assertThat(result.get("rows").asInt()).as("rows read").isEqualTo(rows);
        assertThat(result.get("changedRows").asInt()).as("rows inserted").isEqualTo(rows);
        assertThat(count("select count(*) from acr_month where partner_id like 'P-HEAP-%'"))
                .as("the rows committed").isEqualTo(rows);
        assertThat(count("select count(*) from audit_event where action = 'ACR_IMPORTED'"))
                .as("one ACR_IMPORTED event per partner").isEqualTo(PARTNERS);
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/live"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).as("liveness after the import: %s", live.body()).isEqualTo(200);
        assertThat(Files.readString(nodeLog)).as("the node's log").doesNotContain("OutOfMemoryError");

        List<String> during = gcLines().subList(importStartsAt, gcLines().size());
        List<String> before = gcLines().subList(0, importStartsAt);
        int liveBefore = lastFull(before).orElseThrow(() -> new AssertionError("no full collection before the import"
                + " in " + gcLog));
        List<int[]> pauses = during.stream().map(ImportHeapIT::pause).filter(p -> p != null).toList();
        List<int[]> fulls = during.stream().filter(l -> l.contains("Pause Full")).map(ImportHeapIT::pause)
                .filter(p -> p != null).toList();
        assertThat(fulls).as("full collections during the import (the import must last longer than %s s)",
                SAMPLE_SECONDS).isNotEmpty();
        int peakInUse = pauses.stream().mapToInt(p -> p[0]).max().orElse(0);
        int peakAfter = pauses.stream().mapToInt(p -> p[1]).max().orElse(0);
        int peakCommitted = pauses.stream().mapToInt(p -> p[2]).max().orElse(0);
        int peakLive = fulls.stream().mapToInt(p -> p[1]).max().orElse(0);
        String figures = String.format(java.util.Locale.ROOT,
                "Import heap: %,d bytes, %,d rows, HTTP %d in %.1f s with -Xmx%s; live heap before %d MB, during"
                        + " (%d full collections) at most %d MB; peak in use before a collection %d MB, after one"
                        + " %d MB; heap committed at most %d MB; %d collections during the import (CSV written in"
                        + " %.1f s, the customers of %d partners imported in %.1f s)",
                bytes, rows, response.statusCode(), seconds, HEAP, liveBefore, fulls.size(), peakLive, peakInUse,
                peakAfter, peakCommitted, pauses.size(), written, PARTNERS, customersImported);
        System.out.println(figures);
        Files.writeString(work.resolve("result.txt"), figures + "\n");

        assertThat(peakLive - liveBefore).as("live heap growth during the import, MB (%s)", figures)
                .isLessThan(LIVE_GROWTH_MB);
        assertThat(samples).isPositive();
    }

    // --- the data -----------------------------------------------------------------------------------------------

    static String partner(int p) {
        return "P-HEAP-%02d".formatted(p);
    }

    /** A customer id of 64 characters (the longest allowed): a number and a tenant-like GUID, seeded. */
    static String customer(int p, int c) {
        String id = "C-%05d-%s".formatted(c, UUID.nameUUIDFromBytes((partner(p) + "/" + c).getBytes(StandardCharsets.UTF_8)));
        return id + "-" + "0".repeat(64 - id.length() - 1);
    }

    /**
     * Writes the CSV row by row, customers taken round the partners, {@value #MONTHS} months each, until the file
     * holds {@link #MIN_BYTES}; the customers written per partner.
     */
    static int[] writeCsv(Path csv) throws IOException {
        int[] customers = new int[PARTNERS];
        Random random = new Random(17);
        long written;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            String header = "partner_id,customer_id,month,acr_usd\n";
            out.write(header);
            written = header.length();
            for (int c = 1; written < MIN_BYTES; c++) {
                for (int p = 1; p <= PARTNERS && written < MIN_BYTES; p++) {
                    String prefix = partner(p) + "," + customer(p, c) + ",";
                    for (int m = MONTHS - 1; m >= 0; m--) {
                        String line = prefix + LAST_MONTH.minusMonths(m) + "," + random.nextInt(5_000_000) / 100
                                + "." + "%02d".formatted(random.nextInt(100)) + "\n";
                        out.write(line);
                        written += line.length();
                    }
                    customers[p - 1] = c;
                }
            }
        }
        return customers;
    }

    /** The partner's evidence: its customers, no ACR (the CSV brings it). */
    static String evidence(int p, int customers) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"asOf\":\"" + LAST_MONTH + "\",\"partner\":{\"id\":\""
                + partner(p) + "\",\"name\":\"Import heap partner " + p + "\"},\"customers\":[");
        for (int c = 1; c <= customers; c++) {
            json.append(c > 1 ? "," : "").append("{\"id\":\"").append(customer(p, c))
                    .append("\",\"segment\":\"SMB\",\"attributions\":[\"PAL\"],\"acr\":{}}");
        }
        return json.append("],\"professionals\":[],\"deployments\":[]}").toString();
    }

    // --- the node -----------------------------------------------------------------------------------------------

    static String url(String path) {
        return "http://localhost:" + port + path;
    }

    static String java(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    static void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive()).as("the portal is running (log: %s):%n%s", nodeLog, tail()).isTrue();
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal was not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    /** A full collection of the node's heap (the JDK's jcmd), logged in its GC log as "Pause Full (Diagnostic Command)". */
    static void fullCollection() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(java("jcmd"), String.valueOf(node.pid()), "GC.run").redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).as("jcmd GC.run ended").isTrue();
        if (jcmd.exitValue() != 0 && node.isAlive()) {
            throw new AssertionError("jcmd " + node.pid() + " GC.run: " + output);
        }
    }

    static List<String> gcLines() throws IOException {
        return Files.exists(gcLog) ? Files.readAllLines(gcLog, StandardCharsets.UTF_8) : List.of();
    }

    /** {in use before, after, committed} in MB of a pause line; null for other lines. */
    static int[] pause(String line) {
        Matcher m = PAUSE.matcher(line);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))} : null;
    }

    static OptionalInt lastFull(List<String> lines) {
        OptionalInt last = OptionalInt.empty();
        for (String line : lines) {
            int[] p = line.contains("Pause Full") ? pause(line) : null;
            if (p != null) {
                last = OptionalInt.of(p[1]);
            }
        }
        return last;
    }

    static String tail() {
        try {
            List<String> lines = Files.readAllLines(nodeLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static String accessToken(HttpClient http, String user) throws IOException, InterruptedException {
        return DemoRealm.accessToken(http, realm, user);
    }

    static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.superuser().user(),
                database.superuser().password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
