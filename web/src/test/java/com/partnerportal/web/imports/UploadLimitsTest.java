package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionImple;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Bounded uploads: only the import routes take large bodies (64 MB); every other route 1 MB. A body announced larger
 * is a 413 before it is read — an RFC 9457 problem on the API — and nothing is written. Long imports have their own
 * transaction timeout.
 */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
class UploadLimitsTest {

    /** What a raw request gets: status line, headers and body. */
    record Answer(String status, Map<String, String> headers, String body) {
    }

    static Answer announce(String method, String path, String contentType, long length) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return answer(socket);
        }
    }

    /**
     * The answer read from the socket: status line, headers and the body — {@code Content-Length} bytes, or the lines
     * of a chunked body up to its last chunk, or nothing when the answer has neither.
     */
    static Answer answer(Socket socket) throws java.io.IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = in.readLine();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        StringBuilder body = new StringBuilder();
        if (headers.containsKey("Content-Length")) {
            int size = Integer.parseInt(headers.get("Content-Length"));
            char[] chunk = new char[4096];
            while (body.length() < size) {
                int n = in.read(chunk, 0, Math.min(chunk.length, size - body.length()));
                if (n < 0) {
                    break;
                }
                body.append(chunk, 0, n);
            }
        } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
            // size lines and data lines, up to the last chunk ("0")
            for (String line = in.readLine(); line != null && !line.equals("0"); line = in.readLine()) {
                body.append(line).append('\n');
            }
        }
        return new Answer(status, headers, body.toString());
    }

    @Test
    void anApiImportOverTheLargeLimitIs413ProblemJson() throws Exception {
        Answer answer = announce("POST", "/api/v1/imports/evidence", "application/json", 65L * 1024 * 1024);
        assertThat(answer.status()).contains(" 413");
        assertThat(answer.headers().get("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413").contains("at most 64 MB");
    }

    /**
     * A chunked body (no Content-Length) past 64 MB on an API import: the HTTP layer would answer a bare 413; the
     * import counts the body itself and answers 413 problem+json, and nothing is written.
     */
    @Test
    void aChunkedApiImportPastTheLargeLimitIs413ProblemJsonAndWritesNothing() throws Exception {
        long auditsBefore = auditEvents();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports/evidence HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // "{" and then 65 MB of blanks: valid JSON so far, so only the size can stop it. Sent by another thread
            // while this one reads the answer (the portal answers before the body ends).
            Thread sender = new Thread(() -> {
                byte[] blanks = new byte[1024 * 1024];
                Arrays.fill(blanks, (byte) ' ');
                blanks[0] = '{';
                try {
                    for (int i = 0; i < 65; i++) {
                        out.write((Integer.toHexString(blanks.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(blanks);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        blanks[0] = ' ';
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException closed) {
                    // the portal answered and closed the connection before the whole body was sent
                }
            });
            sender.setDaemon(true);
            sender.start();
            Answer answer = answer(socket);
            String status = answer.status();
            Map<String, String> headers = answer.headers();
            String body = answer.body();
            assertThat(status).contains(" 413");
            assertThat(headers.get("Content-Type")).startsWith("application/problem+json");
            assertThat(body).contains("\"status\":413").contains("at most 64 MB");
        }
        assertThat(auditEvents()).as("nothing imported").isEqualTo(auditsBefore);
    }

    long auditEvents() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue());
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void anImportUnderTheLargeLimitIsNotRefusedForItsSize() {
        // 2 MB of CSV lines: over the small limit, under the import limit; read and imported (or refused for content).
        PartnerFixture.partner("P-8195", "Upload Limits Ltd");
        StringBuilder csv = new StringBuilder("partner_id,customer_id,month,acr_usd\n");
        int row = 0;
        while (csv.length() < 2 * 1024 * 1024) {
            csv.append("P-8195,C-").append(row++ % 500).append(",2024-").append(String.format("%02d", 1 + row % 12))
                    .append(",1.00\n");
        }
        int status = given().contentType("text/csv").body(csv.toString()).post("/api/v1/imports/acr").statusCode();
        assertThat(status).isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void everyOtherRouteTakesAtMostOneMegabyte() throws Exception {
        Answer page = announce("POST", "/admin/partners", "application/x-www-form-urlencoded", 2L * 1024 * 1024);
        assertThat(page.status()).contains(" 413");
        assertThat(page.headers().get("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("at most 1 MB");
        Answer api = announce("POST", "/api/v1/partners/P-1001/scorecard", "application/json", 2L * 1024 * 1024);
        assertThat(api.status()).contains(" 413");
        assertThat(api.headers().get("Content-Type")).startsWith("application/problem+json");
        // A form of ordinary size is read as always (here: refused for its CSRF token, not its size).
        int status = given().redirects().follow(false).formParam("name", "x".repeat(1_500)).post("/admin/partners")
                .statusCode();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void aBrowserUploadOverTheSmallLimitStillReachesTheImport() {
        Csrf csrf = Csrf.from("/admin/imports");
        byte[] file = new byte[(int) (1.5 * 1024 * 1024)];
        Arrays.fill(file, (byte) ' ');
        int status = csrf.withMultipart(given().redirects().follow(false))
                .multiPart("file", "spaces.json", file, "application/json").post("/admin/imports/evidence").statusCode();
        // Read and refused for what it holds (no JSON), not for its size.
        assertThat(status).isEqualTo(400);
    }

    @Inject
    Imports imports;

    @Inject
    TransactionManager transactions;

    @Test
    void theImportsRunInTransactionsWithTheirOwnLongerTimeout() throws Exception {
        long defaultTimeout = java.time.Duration.parse("PT" + ConfigProvider.getConfig()
                .getValue("quarkus.transaction-manager.default-transaction-timeout", String.class)).toSeconds();
        assertThat(imports.transactionTimeoutSeconds()).isGreaterThan((int) defaultTimeout);
        // The transaction an import runs in (the one Imports begins) has that timeout, read from Narayana itself.
        int seen = imports.longTransaction(() -> ((TransactionImple) transactions.getTransaction()).getTimeout());
        assertThat(seen).isEqualTo(imports.transactionTimeoutSeconds());
        // The ACR import's rows: a transaction of their own (even inside another), with the same timeout.
        int acrRows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> imports.ownLongTransaction(
                () -> ((TransactionImple) transactions.getTransaction()).getTimeout()));
        assertThat(acrRows).isEqualTo(imports.transactionTimeoutSeconds());
    }
}
