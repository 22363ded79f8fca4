package com.partnerportal.web.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.QuartzTables;
import com.partnerportal.web.testsupport.SharedExamples;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * No GET writes: every GET route the application serves (taken from its OpenAPI document — in this profile one of
 * every route, pages included — so a new route is crawled without being listed here) is requested by every role — on the role's own partner, a foreign one, for
 * the open month, a closed month and a month never recorded — and afterwards every table has the rows it had and
 * {@code pg_stat_user_tables} counts no insert, update or delete. PostgreSQL flushes a backend's table counters
 * at most 10 s after it went idle, so the baseline and the comparison each wait 11 s first. Quartz's job store
 * ({@link QuartzTables}: its scheduler checks in and fires triggers on its own while the crawl runs) is left out by
 * name; every other table of the schema, the portal's, is compared.
 */
@QuarkusTest
@TestProfile(EveryRouteProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadsNeverWriteTest {

    static final String OWN = "P-7401";
    static final String FOREIGN = "P-7402";
    static final long STATS_FLUSH_MILLIS = 11_000;

    static Map<String, Long> rowsBefore;
    static long writesBefore;
    static List<String> crawled = new ArrayList<>();
    /** A pending invitation's token: the invitation page (GET /invitations/{token}) is crawled with it. */
    static String invitationToken;

    @Inject
    EvidenceImportService imports;

    @Inject
    EntityManager em;

    @Inject
    com.partnerportal.web.invitations.InvitationService invitations;

    @Test
    @Order(1)
    @TestSecurity(user = "crawl-setup", roles = "program-admin")
    void baseline() throws InterruptedException {
        for (String id : List.of(OWN, FOREIGN)) {
            String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                    .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                    .replace("\"P-1001\"", "\"" + id + "\"");
            imports.importEvidence(EvidenceJson.read(json), "test", "crawl fixture", true);
        }
        PartnerFixture.member(OWN, "sub-crawl-admin", true);
        PartnerFixture.member(OWN, "sub-crawl-user", false);
        com.partnerportal.web.invitations.InvitationForm form = new com.partnerportal.web.invitations.InvitationForm();
        form.email = "crawl@example.com";
        form.role = "partner-admin";
        String link = invitations.invite(OWN, form, "crawl-setup",
                jakarta.ws.rs.core.UriBuilder.fromUri("http://portal/invitations/{token}")).link().getPath();
        invitationToken = link.substring(link.lastIndexOf('/') + 1);
        // Mail goes out in the background (web.mail.MailSender), with retries spaced out when the server does not
        // answer: the mails the setup queued (the invitation's) are held back, so that no send attempt of theirs
        // lands in the crawl's window (a run on a loaded machine counted 239 writes instead of 236 with every row count
        // unchanged: updates, as a send attempt makes). GETs queue
        // no mail; the crawl would still see one as a new outbox row.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update mail_outbox set next_attempt_at = now() + interval '1 day' where sent_at is null")
                .executeUpdate());
        Thread.sleep(STATS_FLUSH_MILLIS);
        rowsBefore = rowCounts();
        writesBefore = writes();
    }

    @Test
    @Order(2)
    @TestSecurity(user = "crawl-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-crawl-admin"))
    void partnerAdmin() {
        crawl();
    }

    @Test
    @Order(3)
    @TestSecurity(user = "crawl-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-crawl-user"))
    void partnerUser() {
        crawl();
    }

    @Test
    @Order(4)
    @TestSecurity(user = "crawl-reviewer", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-crawl-reviewer"))
    void reviewer() {
        crawl();
    }

    @Test
    @Order(5)
    @TestSecurity(user = "crawl-program", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-crawl-program"))
    void programAdmin() {
        crawl();
    }

    @Test
    @Order(6)
    @TestSecurity(user = "crawl-nobody")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-crawl-nobody"))
    void userWithoutMembership() {
        crawl();
    }

    @Test
    @Order(7)
    void nothingWasWritten() throws InterruptedException {
        assertThat(rowsBefore).as("the baseline ran").isNotNull();
        assertThat(crawled).as("routes crawled").hasSizeGreaterThan(100);
        Thread.sleep(STATS_FLUSH_MILLIS);
        assertThat(rowCounts()).as("row counts of every table").isEqualTo(rowsBefore);
        assertThat(writes()).as("inserts + updates + deletes in pg_stat_user_tables").isEqualTo(writesBefore);
    }

    /** Requests every GET route of the OpenAPI document with each set of values for its parameters. */
    private void crawl() {
        JsonNode paths = openApiPaths();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> route = it.next();
            if (!route.getValue().has("get") || route.getKey().contains("test-only/")) {
                // The test-only routes (src/test) fail on purpose, for the error page tests.
                continue;
            }
            for (String url : urls(route.getKey())) {
                int status = given().redirects().follow(false).when().get(url).statusCode();
                crawled.add(url + " → " + status);
                if (status >= 500) {
                    problems.add("GET " + url + " answered " + status);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private JsonNode openApiPaths() {
        try {
            String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                    .extract().asString();
            return new ObjectMapper().readTree(json).path("paths");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The concrete URLs crawled for a route template: own and foreign partner, and several months. */
    private List<String> urls(String template) {
        List<String> urls = new ArrayList<>();
        for (String partner : List.of(OWN, FOREIGN)) {
            Matcher matcher = PARAMETER.matcher(template);
            StringBuilder url = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(url, Matcher.quoteReplacement(value(matcher.group(1), partner, template)));
            }
            matcher.appendTail(url);
            urls.add(url.toString());
            for (String month : List.of("2024-03", "2024-02", "2019-01")) {
                urls.add(url + "?asOf=" + month);
            }
            urls.add(url + "?compare=today");
        }
        return urls;
    }

    private String value(String parameter, String partner, String template) {
        return switch (parameter) {
            case "partnerId" -> partner;
            case "kind", "metric" -> "customers";
            case "id" -> template.startsWith("/review") ? String.valueOf(associationId(partner)) : partner;
            case "jobId" -> "00000000-0000-0000-0000-000000000000";
            case "token" -> invitationToken;
            default -> throw new AssertionError("the crawl has no value for {" + parameter + "} in " + template
                    + ": add one");
        };
    }

    private long associationId(String partner) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select min(id) from customer_association where partner_id = ?1").setParameter(1, partner)
                .getSingleResult()).longValue());
    }

    private Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery(
                    "select relname from pg_stat_user_tables where schemaname = 'public'"
                            + " and has_table_privilege(relid, 'SELECT') order by relname")
                    .getResultList();
            QuartzTables.check(tables);
            for (String table : tables) {
                if (QuartzTables.isQuartz(table)) {
                    continue;
                }
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from \"" + table + "\"")
                        .getSingleResult()).longValue());
            }
            return counts;
        });
    }

    private long writes() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_user_tables
                 where schemaname = 'public' and relname not in (:quartz)""")
                .setParameter("quartz", List.copyOf(QuartzTables.NAMES)).getSingleResult()).longValue());
    }
}
