package com.partnerportal.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Program admins' pages: partners, memberships, browser imports and the recompute job, each audited. */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
class AdminPagesTest {

    @Inject
    EntityManager em;

    @Inject
    RecomputeJobs jobs;

    @Test
    void aPartnerIsCreatedOnlyWithAValidFormAndAnUnusedIdAndTheCreationIsAudited() {
        Csrf csrf = Csrf.from("/admin/partners");
        post(csrf, "/admin/partners", Map.of("partnerId", "bad id!", "name", " ", "anniversaryDate", "2024-02-30"))
                .then().statusCode(400)
                .body(containsString("must be 1-64 characters: a letter or digit"))
                .body(containsString("enter the partner&#39;s name"))
                .body(containsString("enter the anniversary date (YYYY-MM-DD)"))
                .body(containsString("value=\"bad id!\""));
        assertThat(partner("bad id!")).isNull();

        String id = ReviewFixture.unique("P-NEW");
        post(csrf, "/admin/partners", Map.of("partnerId", id, "name", "Contoso <Data>", "anniversaryDate", "2024-07-01"))
                .then().statusCode(303).header("Location", containsString("/admin/partners/" + id + "?notice=created"));
        PartnerEntity created = partner(id);
        assertThat(created.name).isEqualTo("Contoso <Data>");
        assertThat(created.anniversaryDate).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(ReviewFixture.audits("PARTNER_CREATED", "partner", id)).isEqualTo(1);
        given().get("/admin/partners/" + id + "?notice=created").then().statusCode(200)
                .body(containsString("Partner created.")).body(containsString("Contoso &lt;Data&gt;"));
        assertThat(given().get("/admin/partners?sort=name&dir=desc").asString()).contains(id);

        post(csrf, "/admin/partners", Map.of("partnerId", id, "name", "Again", "anniversaryDate", "2024-07-01"))
                .then().statusCode(400).body(containsString("a partner with the id " + id + " already exists"));
        assertThat(partner(id).name).isEqualTo("Contoso <Data>");
        assertThat(ReviewFixture.audits("PARTNER_CREATED", "partner", id)).isEqualTo(1);
    }

    @Test
    void aPartnersNameAndAnniversaryAreEditedWithTheVersionSeenAndEveryChangeIsAudited() {
        String id = PartnerFixture.partner(ReviewFixture.unique("P-EDIT"), "Before Ltd");
        long version = partner(id).version;
        Csrf csrf = Csrf.from("/admin/partners/" + id);

        post(csrf, "/admin/partners/" + id, Map.of("name", "", "anniversaryDate", "soon", "version", "" + version))
                .then().statusCode(400).body(containsString("enter the partner&#39;s name"))
                .body(containsString("enter the anniversary date"));
        post(csrf, "/admin/partners/" + id, Map.of("name", "After Ltd", "anniversaryDate", "2025-01-15",
                "version", "" + version)).then().statusCode(303);
        PartnerEntity after = partner(id);
        assertThat(after.name).isEqualTo("After Ltd");
        assertThat(after.anniversaryDate).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(ReviewFixture.audits("PARTNER_UPDATED", "partner", id)).isEqualTo(1);
        String change = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select before::text || ' -> ' || after::text from audit_event where action = 'PARTNER_UPDATED'"
                        + " and entity_id = ?1").setParameter(1, id).getSingleResult());
        assertThat(change).contains("\"name\": \"Before Ltd\"", "\"name\": \"After Ltd\"", "\"anniversaryDate\": \"2025-01-15\"");

        post(csrf, "/admin/partners/" + id, Map.of("name", "Stale Ltd", "anniversaryDate", "2025-01-15",
                "version", "" + version)).then().statusCode(409).body(containsString("changed by someone else"));
        assertThat(partner(id).name).isEqualTo("After Ltd");
        given().get("/admin/partners/P-DOES-NOT-EXIST").then().statusCode(404);
    }

    @Test
    void membersAreAddedBySubjectAndRemovedEachAudited() {
        String id = PartnerFixture.partner(ReviewFixture.unique("P-MEMBERS"), "Members Ltd");
        Csrf csrf = Csrf.from("/admin/partners/" + id);
        String path = "/admin/partners/" + id + "/memberships";

        post(csrf, path, Map.of("subject", "", "role", "owner")).then().statusCode(400)
                .body(containsString("enter the user&#39;s subject (to add someone by e-mail, invite them)"))
                .body(containsString("choose partner-user or partner-admin"));
        // the form has no e-mail any more: an address alone adds nobody
        post(csrf, path, Map.of("email", "grace@example.com", "role", "partner-user")).then().statusCode(400);
        assertThat(members(id)).isEmpty();

        post(csrf, path, Map.of("subject", "sub-new-admin", "role", "partner-admin")).then().statusCode(303);
        post(csrf, path, Map.of("subject", "sub-new-user", "role", "partner-user")).then().statusCode(303);
        post(csrf, path, Map.of("subject", "sub-new-admin", "role", "partner-user")).then().statusCode(400)
                .body(containsString("already a member of " + id));

        List<MembershipEntity> members = members(id);
        assertThat(members).extracting(m -> m.subject + "/" + m.role).containsExactlyInAnyOrder(
                "sub-new-admin/partner-admin", "sub-new-user/partner-user");
        assertThat(ReviewFixture.partnerAudits("MEMBERSHIP_ADDED", id)).isEqualTo(2);
        given().get("/admin/partners/" + id).then().body(containsString("sub-new-admin"));

        MembershipEntity user = members.stream().filter(m -> m.subject.equals("sub-new-user")).findFirst().orElseThrow();
        post(csrf, "/admin/partners/P-8101/memberships/" + user.id + "/remove", Map.of()).then().statusCode(404);
        post(csrf, path + "/" + user.id + "/remove", Map.of()).then().statusCode(303);
        assertThat(members(id)).extracting(m -> m.subject).containsExactly("sub-new-admin");
        assertThat(ReviewFixture.audits("MEMBERSHIP_REMOVED", "membership", String.valueOf(user.id))).isEqualTo(1);
        post(csrf, path + "/" + user.id + "/remove", Map.of()).then().statusCode(404);
    }

    @Test
    void anEvidenceUploadShowsTheResultOrEveryProblemAndWritesNothingOnError() {
        String id = ReviewFixture.unique("P-UPLOAD");
        String evidence = example().replace("\"P-1001\"", "\"" + id + "\"");
        Csrf csrf = Csrf.from("/admin/imports");

        String broken = evidence.replace("\"segment\": \"SMB\"", "\"segment\": \"HUGE\"")
                .replace("\"2023-01-15\"", "\"someday\"");
        String page = upload(csrf, "/admin/imports/evidence", "broken.json", broken).then().statusCode(400)
                .extract().asString();
        assertThat(page).contains("broken.json was rejected", "nothing was imported");
        assertThat(Pattern.compile("<li>").matcher(page).results().count()).isGreaterThanOrEqualTo(2);
        assertThat(page).contains("segment", "earned");
        assertThat(partner(id)).isNull();

        upload(csrf, "/admin/imports/evidence", "good.json", evidence).then().statusCode(200)
                .body(containsString("good.json imported")).body(containsString(id));
        assertThat(partner(id)).isNotNull();
        assertThat(ReviewFixture.audits("EVIDENCE_IMPORTED", "partner", id)).isEqualTo(1);

        upload(csrf, "/admin/imports/evidence", "again.json", evidence).then().statusCode(200)
                .body(containsString("the same data was imported before"));

        csrf.withMultipart(given()).post("/admin/imports/evidence").then().statusCode(400)
                .body(containsString("choose a file to upload"));
    }

    @Test
    void anAcrUploadWithABadRowWritesNothingAndListsEveryProblem() {
        String id = ReviewFixture.unique("P-ACR");
        ReviewFixture.partnerWithEvidence(id);
        Csrf csrf = Csrf.from("/admin/imports");
        long before = acrRows(id);

        String bad = "partner_id,customer_id,month,acr_usd\n"
                + id + ",C-1,2024-04,100\n"
                + id + ",C-1,April,100\n"
                + id + ",C-404,2024-04,-5\n"
                + id + ",C-2,2024-04\n";
        upload(csrf, "/admin/imports/acr", "acr.csv", bad).then().statusCode(400)
                .body(containsString("acr.csv was rejected"))
                .body(containsString("line 3, column month: not a month (YYYY-MM): April"))
                .body(containsString("line 4, column acr_usd: must be ≥ 0"))
                .body(containsString("line 5: expected 4 columns"));
        assertThat(acrRows(id)).isEqualTo(before);

        upload(csrf, "/admin/imports/acr", "acr.csv", "partner_id,customer_id,month,acr_usd\n"
                + id + ",C-1,2024-04,100\n" + id + ",C-404,2024-04,5\n").then().statusCode(400)
                .body(containsString("line 3, column customer_id: unknown customer C-404"));
        assertThat(acrRows(id)).isEqualTo(before);

        upload(csrf, "/admin/imports/acr", "good.csv", "partner_id,customer_id,month,acr_usd\n"
                + id + ",C-1,2024-04,100\n" + id + ",C-2,2024-04,200.50\n").then().statusCode(200)
                .body(containsString("good.csv imported")).body(containsString("Rows inserted or changed</dt><dd>2"));
        assertThat(acrRows(id)).isEqualTo(before + 2);
        assertThat(ReviewFixture.partnerAudits("ACR_IMPORTED", id)).isEqualTo(1);
    }

    @Test
    void recomputingEveryScorecardRunsInTheBackgroundShowsProgressAndIsAudited() throws Exception {
        String id = ReviewFixture.unique("P-RECOMPUTE");
        ReviewFixture.partnerWithEvidence(id);
        Csrf csrf = Csrf.from("/admin/recompute");
        String open = LedgerCalendar.openMonth(java.time.Clock.systemUTC()).toString();
        post(csrf, "/admin/recompute", Map.of("month", "2024-13")).then().statusCode(400)
                .body(containsString("only the open month " + open + " is recomputed"));
        post(csrf, "/admin/recompute", Map.of("month", "2023-11")).then().statusCode(400)
                .body(containsString("restated with a reason on /admin/ledger"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from scorecard_ledger where partner_id = ?1 and state = 'OPEN'").setParameter(1, id)
                .executeUpdate());

        Response started = post(csrf, "/admin/recompute", Map.of("month", open));
        started.then().statusCode(303);
        Matcher job = Pattern.compile("/admin/recompute/([0-9a-f-]{36})$").matcher(started.header("Location"));
        assertThat(job.find()).isTrue();

        String status = "";
        for (int i = 0; i < 150; i++) {
            status = given().get("/admin/recompute/" + job.group(1)).then().statusCode(200).extract().asString();
            if (!status.contains("http-equiv=\"refresh\"")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status).doesNotContain("http-equiv=\"refresh\"").contains(">done<", "Failed</dt><dd>none");
        RecomputeJob finished = jobs.find(job.group(1)).orElseThrow();
        assertThat(finished.done()).isEqualTo(finished.total());
        assertThat(status).contains(finished.total() + " of " + finished.total() + " partners (100 %)");
        Long openScorecards = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from scorecard_ledger where partner_id = ?1 and as_of = cast(?2 as date)"
                        + " and state = 'OPEN' and computed_at >= ?3").setParameter(1, id)
                .setParameter(2, open + "-01").setParameter(3, finished.startedAt()).getSingleResult()).longValue());
        assertThat(openScorecards).as("the open month's scorecard, written again").isEqualTo(1);
        assertThat(ReviewFixture.audits("SCORECARDS_RECOMPUTE_STARTED", "scorecard_ledger", open)).isPositive();
        assertThat(ReviewFixture.audits("SCORECARDS_RECOMPUTED", "scorecard_ledger", open)).isPositive();
        given().get("/admin/recompute").then().body(containsString("/admin/recompute/" + job.group(1)));
        given().get("/admin/recompute/not-a-job").then().statusCode(404);
    }

    @Test
    void aRunningJobsStatusPageRefreshesItselfEveryTwoSeconds() {
        OffsetDateTime started = OffsetDateTime.of(2024, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        RecomputeJob running = new RecomputeJob("job-under-test", YearMonth.of(2024, 1), "omar", started, null, 2, 1,
                List.of());
        String page = RecomputeResource.Templates.job(running).render();
        assertThat(page).contains("<meta http-equiv=\"refresh\" content=\"2\">", "1 of 2 partners (50 %)", "running");
        RecomputeJob finished = new RecomputeJob("job-under-test", YearMonth.of(2024, 1), "omar", started,
                started.plusSeconds(3), 2, 2, List.of());
        assertThat(RecomputeResource.Templates.job(finished).render()).doesNotContain("http-equiv")
                .contains("2 of 2 partners (100 %)");
    }

    @Test
    void theAdminPagesAreLinkedFromTheNavigationAndTheHomePage() {
        given().get("/").then().statusCode(200)
                .body(containsString("href=\"/admin/partners\""))
                .body(containsString("href=\"/admin/imports\""))
                .body(containsString("href=\"/admin/recompute\""))
                .body(containsString("href=\"/review/audit\""));
    }

    @Test
    void badInputIsA400Or404PageNeverA500() {
        String id = PartnerFixture.partner(ReviewFixture.unique("P-BAD"), "Bad Input Ltd");
        Csrf csrf = Csrf.from("/admin/partners/" + id);
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("POST /admin/partners/" + id + " version=", 400);
        expected.put("POST /admin/partners/" + id + " version=abc", 400);
        expected.put("POST /admin/partners/" + id + "/memberships/abc/remove", 404);
        expected.put("POST /admin/partners/" + id + "/memberships/99999999999999999999/remove", 404);
        expected.put("POST /admin/partners name=" + "n".repeat(201), 400);
        expected.put("POST /admin/partners/" + id + "/memberships subject=" + "s".repeat(256), 400);
        expected.put("POST /admin/recompute month=0000-00", 400);
        expected.put("GET /admin/partners?page=-5&sort=nonsense&dir=sideways", 400);
        expected.put("GET /admin/partners?sort=nonsense&dir=sideways", 400);
        expected.put("GET /admin/partners?attained=maybe", 400);
        expected.put("GET /admin/partners/overview.csv?path=SMC", 400);
        expected.put("GET /admin/recompute/" + "x".repeat(500), 404);
        List<String> wrong = new java.util.ArrayList<>();
        expected.forEach((request, status) -> {
            String[] parts = request.split(" ", 3);
            Map<String, String> form = new java.util.HashMap<>(Map.of("name", "Name", "anniversaryDate", "2024-01-01",
                    "partnerId", ReviewFixture.unique("P-OK"), "role", "partner-user"));
            if (parts.length == 3) {
                String[] field = parts[2].split("=", 2);
                form.put(field[0], field[1]);
            }
            int actual = parts[0].equals("GET") ? given().get(parts[1]).statusCode()
                    : post(csrf, parts[1], form).statusCode();
            if (actual != status) {
                wrong.add(request.substring(0, Math.min(80, request.length())) + ": " + actual);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(partner(id).name).isEqualTo("Bad Input Ltd");
    }

    private static Response post(Csrf csrf, String path, Map<String, String> form) {
        return csrf.with(given().redirects().follow(false)).formParams(form).when().post(path);
    }

    private static Response upload(Csrf csrf, String path, String name, String content) {
        return csrf.withMultipart(given().redirects().follow(false))
                .multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .when().post(path);
    }

    private static String example() {
        return SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow());
    }

    private PartnerEntity partner(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(PartnerEntity.class, id));
    }

    private static List<MembershipEntity> members(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> MembershipEntity.<MembershipEntity>list("partnerId", partnerId));
    }

    private long acrRows(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from acr_month where partner_id = ?1").setParameter(1, partnerId).getSingleResult())
                .longValue());
    }
}
