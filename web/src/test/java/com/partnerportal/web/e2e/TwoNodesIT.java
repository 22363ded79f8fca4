package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.launch.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.htmlunit.CookieManager;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal nodes — two JVMs of the packaged portal, on ports 8080 (A) and 8081 (B) — with the same configuration
 * on one PostgreSQL, behind no load balancer and without sticky sessions: a session started on A works on B; a CSRF
 * token from A is accepted by B; a recompute started on A shows its progress on B; A killed (SIGKILL) mid-run leaves
 * B to finish the remaining chunks; and the month close that both nodes try at their simultaneous start-up is made
 * exactly once. The test starts its own PostgreSQL (the launcher's {@link EmbeddedDatabase}, in a temporary
 * directory), migrates it, loads a generated program (scripts/bench/ScaleData.java, {@value #PARTNERS} partners) and
 * starts both nodes; it needs the Keycloak of the end-to-end stage (scripts/test.sh runs it after the single-node
 * tests, with ports 8080 and 8081 free) and the packaged portal (web/target/quarkus-app).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final int PARTNERS = 120;
    static final int CHUNK_SIZE = 2;
    static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost");
    /** The nodes' ports: 8080 and 8081, the two the realm lets the login return to. */
    static final int[] PORTS = java.util.Arrays.stream(System.getProperty("portal.e2e.node-ports", "8080,8081")
            .split(",")).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("portal.e2e.node-timeout", 300));

    static Path dataDirectory;
    static EmbeddedDatabase database;
    static Node a;
    static Node b;
    static String realm;
    static WebClient browser;

    /** One portal JVM, its port and its log. */
    record Node(String name, int port, Process process, Path log) {

        String url() {
            return "http://localhost:" + port;
        }

        /** How the node names itself in what it records: host:pid (RecomputeJobs, PeriodJobs). */
        String pidSuffix() {
            return ":" + process.pid();
        }

        void awaitReady() throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("node %s is running (log: %s):%n%s", name, log, tail()).isTrue();
                try {
                    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("node " + name + " was not ready within " + START_TIMEOUT + ":\n" + tail());
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        realm = DemoRealm.url();
        Path jar = DemoRealm.packagedPortal();
        DemoRealm.requireKeycloak(realm);
        for (int port : PORTS) {
            try (ServerSocket free = new ServerSocket(port)) {
                assertThat(free.getLocalPort()).isEqualTo(port);
            } catch (IOException e) {
                throw new AssertionError("port " + port + " is in use: the two nodes need it", e);
            }
        }

        dataDirectory = Files.createTempDirectory("portal-two-nodes-pgdata");
        database = EmbeddedDatabase.start(dataDirectory, 0, true);
        Flyway.configure().dataSource(database.jdbcUrl(), database.owner().user(), database.owner().password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", database.runtime().user())).load().migrate();
        loadProgram(jar);

        // Both at once: both run the start-up jobs (month close, designation day) against the same database.
        a = start("A", PORTS[0], jar);
        b = start("B", PORTS[1], jar);
        a.awaitReady();
        b.awaitReady();

        browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        // The recompute page refreshes itself every 2 s while the run goes on: the test reloads it itself.
        browser.setRefreshHandler((page, url, seconds) -> { });
        treatLoopbackAsSecureContext(browser);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.close();
        }
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
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
    }

    @Test
    @Order(1)
    void theMonthCloseBothNodesTriedAtStartUpWasMadeOnce() throws SQLException {
        List<List<String>> closes = rows("select closed_by, partners::text, as_of::text from ledger_month_close");
        assertThat(closes).as("one close row, for the month before the open one").hasSize(1);
        String closedBy = closes.get(0).get(0);
        String month = closes.get(0).get(2);
        assertThat(closedBy).as("closed at start-up by one of the two nodes")
                .startsWith("start-up@").satisfiesAnyOf(by -> assertThat(by).endsWith(a.pidSuffix()),
                        by -> assertThat(by).endsWith(b.pidSuffix()));
        assertThat(closes.get(0).get(1)).as("every partner recorded").isEqualTo(String.valueOf(PARTNERS));
        assertThat(rows("select actor from audit_event where action = 'MONTH_CLOSED'"))
                .as("one MONTH_CLOSED event").containsExactly(List.of(closedBy));
        assertThat(rows("select count(*)::text, count(distinct partner_id)::text from scorecard_ledger"
                + " where as_of = '" + month + "' and state = 'RECORDED'"))
                .as("each partner's scorecard of %s recorded once", month)
                .containsExactly(List.of(String.valueOf(PARTNERS), String.valueOf(PARTNERS)));
        assertThat(rows("select count(*)::text from designation_day_run")).as("the designation day claimed once")
                .containsExactly(List.of("1"));
    }

    @Test
    @Order(2)
    void aSessionStartedOnAWorksOnB() throws Exception {
        HtmlPage login = browser.getPage(a.url() + "/admin/recompute");
        assertThat(login.getUrl().toString()).as("A sends an anonymous user to Keycloak").startsWith(realm);
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").setValue("omar");
        form.getInputByName("password").setValue("omar-demo");
        Page landed = login.getHtmlElementById("kc-login").click();
        assertThat(landed.getUrl().toString()).as("back on A, signed in").isEqualTo(a.url() + "/admin/recompute");
        assertThat(landed.getWebResponse().getStatusCode()).isEqualTo(200);

        browser.getOptions().setRedirectEnabled(false);
        try {
            Page onB = browser.getPage(b.url() + "/admin/recompute");
            assertThat(onB.getWebResponse().getStatusCode()).as("B answers A's session cookie without a login")
                    .isEqualTo(200);
            assertThat(onB.getWebResponse().getContentAsString()).as("omar's page, on B")
                    .contains("Omar Program", "program-admin", "action=\"/admin/recompute\"");
            try (WebClient stranger = new WebClient()) {
                stranger.getOptions().setRedirectEnabled(false);
                stranger.getOptions().setThrowExceptionOnFailingStatusCode(false);
                Page anonymous = stranger.getPage(b.url() + "/admin/recompute");
                assertThat(anonymous.getWebResponse().getStatusCode()).as("B without the cookie: to the login")
                        .isEqualTo(302);
                assertThat(anonymous.getWebResponse().getResponseHeaderValue("Location")).startsWith(realm);
            }
        } finally {
            browser.getOptions().setRedirectEnabled(true);
        }
    }

    @Test
    @Order(3)
    void aCsrfTokenFromAIsAcceptedByB() throws Exception {
        HtmlPage formOnA = browser.getPage(a.url() + "/admin/partners");
        String token = formOnA.getFirstByXPath("//form[@action='/admin/partners']//input[@name='csrf-token']/@value")
                instanceof org.htmlunit.html.DomAttr attr ? attr.getValue() : null;
        assertThat(token).as("the partner form's CSRF token on A").isNotBlank();

        WebResponse tampered = post(b.url() + "/admin/partners", token + "x", "P-9900", "Refused Ltd");
        assertThat(tampered.getStatusCode()).as("B refuses a token that is not the cookie's").isEqualTo(400);
        WebResponse accepted = post(b.url() + "/admin/partners", token, "P-9901", "Two Nodes Ltd");
        assertThat(accepted.getStatusCode()).as("B accepts A's token: %s", accepted.getContentAsString())
                .isIn(200, 303);
        assertThat(rows("select name from partner where partner_id in ('P-9900', 'P-9901')"))
                .containsExactly(List.of("Two Nodes Ltd"));
    }

    @Test
    @Order(4)
    void aRecomputeStartedOnAShowsOnBAndBFinishesItWhenAIsKilled() throws Exception {
        HtmlPage formOnA = browser.getPage(a.url() + "/admin/recompute");
        HtmlForm form = formOnA.getFirstByXPath("//form[@action='/admin/recompute']");
        Page started = ((DomElement) form.getFirstByXPath(".//button")).click();
        String url = started.getUrl().toString();
        assertThat(url).as("A shows the run it started").startsWith(a.url() + "/admin/recompute/");
        String runId = url.substring(url.lastIndexOf('/') + 1);
        int partners = PARTNERS + 1;

        // B shows the run's progress as A computes it: kill A (SIGKILL) once some chunks are done
        int doneBeforeKill = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            int[] progress = progressOnB(runId);
            assertThat(progress[1]).as("the run's size, as B shows it").isEqualTo(partners);
            if (progress[0] >= 2 * CHUNK_SIZE) {
                a.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                doneBeforeKill = progress[0];
                break;
            }
            Thread.sleep(100);
        }
        assertThat(doneBeforeKill).as("B showed A's progress before the kill").isPositive();
        assertThat(a.process().isAlive()).isFalse();
        int pendingAfterKill = Integer.parseInt(rows("select count(*)::text from recompute_chunk where run_id = '"
                + runId + "' and state = 'PENDING'").get(0).get(0));
        assertThat(pendingAfterKill).as("chunks left when A died (else the test proves nothing: more partners)")
                .isPositive();

        // B's sweep takes the run over and finishes it
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int[] progress = progressOnB(runId);
        while (progress[0] < progress[1] && System.nanoTime() < deadline) {
            Thread.sleep(500);
            progress = progressOnB(runId);
        }
        assertThat(progress[0]).as("B finished the run (B's log: %s)", b.log()).isEqualTo(partners);
        List<List<String>> run = rows("select sum(c.computed)::text, sum(cardinality(c.failed))::text,"
                + " (r.finished_at is not null)::text from recompute_run r join recompute_chunk c on c.run_id = r.id"
                + " where r.id = '" + runId + "' group by r.finished_at");
        assertThat(run).containsExactly(List.of(String.valueOf(partners), "0", "true"));
        List<List<String>> chunks = rows("select state, done_by from recompute_chunk where run_id = '" + runId + "'");
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.get(0)).isEqualTo("DONE"));
        List<String> doneBy = chunks.stream().map(chunk -> chunk.get(1)).toList();
        assertThat(doneBy).as("chunks done by A before it died").anyMatch(by -> by.contains(a.pidSuffix() + "/"));
        assertThat(doneBy).as("chunks done by B after").anyMatch(by -> by.contains(b.pidSuffix() + "/"));
        assertThat(doneBy).as("every chunk by one of the two").allMatch(
                by -> by.contains(a.pidSuffix() + "/") || by.contains(b.pidSuffix() + "/"));
        assertThat(rows("select count(*)::text, count(distinct l.partner_id)::text from scorecard_ledger l"
                + " join recompute_run r on r.as_of = l.as_of where r.id = '" + runId + "' and l.state = 'OPEN'"))
                .as("one open-month scorecard per partner")
                .containsExactly(List.of(String.valueOf(partners), String.valueOf(partners)));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static Node start(String name, int port, Path jar) throws IOException {
        Path log = Path.of("target", "two-nodes-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx384m", "-Dquarkus.profile=demo", "-Dquarkus.http.port=" + port,
                // the same configuration on both nodes: no demo data (the generated program instead), small chunks
                // and one worker per node (so that a kill finds chunks left), a quick sweep
                "-Dportal.demo-data.enabled=false", "-Dportal.recompute.chunk-size=" + CHUNK_SIZE,
                "-Dportal.recompute.workers=1", "-Dportal.recompute.sweep-every=3s", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.runtime().user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.runtime().password());
        env.put("QUARKUS_FLYWAY_USERNAME", database.owner().user());
        env.put("QUARKUS_FLYWAY_PASSWORD", database.owner().password());
        env.put("OIDC_AUTH_SERVER_URL", realm);
        return new Node(name, port, builder.start(), log);
    }

    /** The generated program (scripts/bench/ScaleData.java), loaded as the superuser. */
    static void loadProgram(Path jar) throws IOException, InterruptedException {
        Path lib = jar.getParent().resolve("lib/main");
        Path driver;
        try (Stream<Path> files = Files.list(lib)) {
            driver = files.filter(p -> p.getFileName().toString().startsWith("org.postgresql.postgresql-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no PostgreSQL driver in " + lib));
        }
        Path generator = Path.of("..", "scripts", "bench", "ScaleData.java").toAbsolutePath().normalize();
        Path log = Path.of("target", "two-nodes-load.log").toAbsolutePath();
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", driver.toString(), generator.toString(), database.jdbcUrl(),
                database.superuser().user(), database.superuser().password(), String.valueOf(PARTNERS), "14")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(load.waitFor(300, TimeUnit.SECONDS)).as("the load finished").isTrue();
        assertThat(load.exitValue()).as("the load (%s): %s", log, Files.readString(log)).isZero();
    }

    /** B's recompute page for the run: {partners done, partners in the run}. */
    static int[] progressOnB(String runId) throws IOException {
        HtmlPage page = browser.getPage(b.url() + "/admin/recompute/" + runId);
        assertThat(page.getWebResponse().getStatusCode()).as("B's page of the run").isEqualTo(200);
        DomElement progress = page.querySelector("progress");
        return new int[] {Integer.parseInt(progress.getAttribute("value")), Integer.parseInt(progress.getAttribute("max"))};
    }

    static WebResponse post(String url, String token, String partnerId, String name) throws IOException {
        WebRequest request = new WebRequest(new URL(url), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("csrf-token", token),
                new NameValuePair("partnerId", partnerId), new NameValuePair("name", name),
                new NameValuePair("anniversaryDate", "2024-07-01")));
        browser.getOptions().setRedirectEnabled(false);
        try {
            return browser.loadWebResponse(request);
        } finally {
            browser.getOptions().setRedirectEnabled(true);
        }
    }

    /** The rows of a query as text, read as the database's superuser. */
    static List<List<String>> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.superuser().user(),
                database.superuser().password());
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<List<String>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    /** As in KeycloakLoginIT: loopback origins are secure contexts, so their Secure cookies travel over http. */
    static void treatLoopbackAsSecureContext(WebClient client) {
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                CookieManager cookies = client.getCookieManager();
                for (Cookie cookie : cookies.getCookies()) {
                    if (cookie.isSecure() && LOOPBACK_HOSTS.contains(cookie.getDomain())) {
                        cookies.removeCookie(cookie);
                        cookies.addCookie(new Cookie(cookie.getDomain(), cookie.getName(), cookie.getValue(),
                                cookie.getPath(), cookie.getExpires(), false, cookie.isHttpOnly(), cookie.getSameSite()));
                    }
                }
                return response;
            }
        };
    }
}
