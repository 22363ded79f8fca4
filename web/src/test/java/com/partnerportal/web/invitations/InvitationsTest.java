package com.partnerportal.web.invitations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.core.membership.InvitationToken;
import com.partnerportal.persistence.partner.InvitationEntity;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Invitations (issue 17, point 6): program admins and partner admins invite by e-mail; the single-use link binds
 * the role to whoever opens it signed in — no e-mail claim needed, none trusted — for seven days; binding, merging
 * and revoking are audited, and only the token's hash is stored.
 */
@QuarkusTest
class InvitationsTest {

    static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+/invitations/([A-Za-z0-9_-]{43}))\"");

    @Inject
    InvitationService invitations;

    @Inject
    EntityManager em;

    /** An invitation issued by the service directly (as a program admin would); returns its token. */
    String invite(String partnerId, String email, String role) {
        InvitationForm form = new InvitationForm();
        form.email = email;
        form.role = role;
        IssuedInvitation issued = invitations.invite(partnerId, form, "omar",
                UriBuilder.fromUri("http://portal.example/invitations/{token}"));
        String path = issued.link().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String partner() {
        String id = ReviewFixture.unique("P-INV");
        return PartnerFixture.partner(id, "Invited Ltd " + id);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void aProgramAdminInvitesAndSeesTheLinkOnceOnlyItsHashIsStoredAndItIsAudited() {
        String partner = partner();
        Csrf csrf = Csrf.from("/admin/partners/" + partner);
        String path = "/admin/partners/" + partner + "/invitations";

        csrf.post().formParams(Map.of("email", "not-an-address", "role", "partner-user")).post(path).then()
                .statusCode(400).body(containsString("not an e-mail address"));
        csrf.post().formParams(Map.of("email", "x@example.com", "role", "program-admin")).post(path).then()
                .statusCode(400).body(containsString("choose partner-user or partner-admin"));
        csrf.post().formParams(Map.of("email", "x@example.com", "role", "reviewer")).post(path).then().statusCode(400);
        assertThat(unused(partner)).isEmpty();

        Response issued = csrf.post().formParams(Map.of("email", " Lin@Example.com ", "role", "partner-admin"))
                .post(path);
        issued.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("send them this link yourself"));
        Matcher link = LINK.matcher(issued.asString());
        assertThat(link.find()).as("the page shows the link").isTrue();
        String token = link.group(2);
        InvitationEntity stored = unused(partner).get(0);
        assertThat(stored.email).isEqualTo("Lin@Example.com");
        assertThat(stored.role).isEqualTo("partner-admin");
        assertThat(stored.tokenHash).isEqualTo(InvitationToken.hash(token)).doesNotContain(token);
        assertThat(stored.expiresAt).isEqualTo(stored.createdAt.plusDays(7));
        assertThat(count("select count(*) from invitation where token_hash like '%" + token + "%'")).isZero();
        assertThat(count("select count(*) from audit_event where cast(after as text) like '%" + token + "%'"
                + " or cast(before as text) like '%" + token + "%'")).as("no token in the audit trail").isZero();
        assertThat(ReviewFixture.audits("INVITATION_CREATED", "invitation", String.valueOf(stored.id))).isEqualTo(1);

        // the partner page lists it (without its link), and a second invitation to the address replaces it
        given().get("/admin/partners/" + partner).then().statusCode(200).body(containsString("Lin@Example.com"))
                .body(not(containsString(token)));
        csrf.post().formParams(Map.of("email", "lin@example.com", "role", "partner-user")).post(path).then()
                .statusCode(200);
        assertThat(unused(partner)).extracting(i -> i.role).containsExactly("partner-user");
        assertThat(invitation(stored.id).revokedBy).isEqualTo("omar");
        assertThat(ReviewFixture.audits("INVITATION_REVOKED", "invitation", String.valueOf(stored.id))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "lin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-lin-entra"), @Claim(key = "preferred_username", value = "lin") })
    void whoeverOpensTheLinkSignedInIsBoundOnceWithoutAnyEmailClaimAndItIsAudited() {
        String partner = partner();
        String token = invite(partner, "lin@example.com", "partner-user");
        long before = count("select count(*) from membership");

        given().get("/invitations/" + token).then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("Invited Ltd")).body(containsString("lin@example.com"))
                .body(containsString("partner-user"));
        assertThat(count("select count(*) from membership")).as("opening the link writes nothing").isEqualTo(before);
        given().get("/partners/" + partner).then().statusCode(404);

        Csrf csrf = Csrf.from("/invitations/" + token);
        given().redirects().follow(false).post("/invitations/" + token + "/accept").then().statusCode(400);
        assertThat(member(partner, "sub-lin-entra")).as("no CSRF token, no binding").isNull();

        csrf.post().post("/invitations/" + token + "/accept").then().statusCode(303)
                .header("Location", containsString("/partners/" + partner));
        MembershipEntity bound = member(partner, "sub-lin-entra");
        assertThat(bound.role).isEqualTo("partner-user");
        assertThat(bound.email).isEqualTo("lin@example.com");
        given().get("/partners/" + partner).then().statusCode(200);
        InvitationEntity used = unusedOrAny(token);
        assertThat(used.acceptedBy).isEqualTo("sub-lin-entra");
        assertThat(ReviewFixture.audits("MEMBERSHIP_BOUND", "membership", String.valueOf(bound.id))).isEqualTo(1);
        assertThat(ReviewFixture.audits("INVITATION_ACCEPTED", "invitation", String.valueOf(used.id))).isEqualTo(1);

        // single use: the same link again is refused with 410 and changes nothing
        csrf.post().post("/invitations/" + token + "/accept").then().statusCode(410)
                .body(containsString("already been used"));
        given().get("/invitations/" + token).then().statusCode(410);
        assertThat(ReviewFixture.audits("INVITATION_ACCEPTED", "invitation", String.valueOf(used.id))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "max")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-max"), @Claim(key = "preferred_username", value = "max") })
    void anExpiredOrRevokedInvitationOrAnUnknownTokenBindsNothing() {
        String partner = partner();
        String expired = invite(partner, "max@example.com", "partner-admin");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update invitation set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'"
                        + " where token_hash = ?1").setParameter(1, InvitationToken.hash(expired)).executeUpdate());
        given().get("/invitations/" + expired).then().statusCode(410).body(containsString("has expired"));
        Csrf csrf = Csrf.from("/invitations/" + invite(partner, "other@example.com", "partner-user"));
        csrf.post().post("/invitations/" + expired + "/accept").then().statusCode(410);

        String revoked = invite(partner, "max2@example.com", "partner-admin");
        long id = unusedOrAny(revoked).id;
        QuarkusTransaction.requiringNew().run(() -> invitations.revoke(partner, id, "omar"));
        csrf.post().post("/invitations/" + revoked + "/accept").then().statusCode(410)
                .body(containsString("withdrawn"));

        csrf.post().post("/invitations/" + InvitationToken.generate() + "/accept").then().statusCode(404);
        given().get("/invitations/not-a-token").then().statusCode(404);
        assertThat(member(partner, "sub-max")).isNull();
        assertThat(ReviewFixture.partnerAudits("MEMBERSHIP_BOUND", partner)).isZero();
    }

    @Test
    @TestSecurity(user = "pia")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-pia"), @Claim(key = "preferred_username", value = "pia") })
    void acceptingWhileAlreadyAMemberMergesKeepingTheStrongerRoleAudited() {
        String partner = partner();
        PartnerFixture.member(partner, "sub-pia", false);
        String promote = invite(partner, "pia@example.com", "partner-admin");
        Csrf csrf = Csrf.from("/invitations/" + promote);
        csrf.post().post("/invitations/" + promote + "/accept").then().statusCode(303);
        MembershipEntity merged = member(partner, "sub-pia");
        assertThat(merged.role).isEqualTo("partner-admin");
        assertThat(count("select count(*) from membership where partner_id = '" + partner + "'")).isEqualTo(1);
        assertThat(ReviewFixture.audits("MEMBERSHIP_MERGED", "membership", String.valueOf(merged.id))).isEqualTo(1);

        String demote = invite(partner, "pia@example.com", "partner-user");
        csrf.post().post("/invitations/" + demote + "/accept").then().statusCode(303);
        assertThat(member(partner, "sub-pia").role).as("a merge never takes a right away").isEqualTo("partner-admin");
        assertThat(ReviewFixture.audits("MEMBERSHIP_MERGED", "membership", String.valueOf(merged.id))).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "dora")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-dora-2"), @Claim(key = "email", value = "dora@example.com"),
            @Claim(key = "email_verified", value = "true") })
    void aVerifiedEmailClaimMatchingAnInvitationBindsNothingSilently() {
        String partner = partner();
        String token = invite(partner, "Dora@Example.com", "partner-admin");
        given().get("/").then().statusCode(403).body(containsString("No access yet"));
        given().get("/partners/" + partner).then().statusCode(404);
        assertThat(member(partner, "sub-dora-2")).isNull();
        assertThat(unusedOrAny(token).acceptedAt).as("still pending").isNull();
    }

    @Test
    @TestSecurity(user = "ada-inv")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-inv-admin"), @Claim(key = "preferred_username", value = "ada-inv") })
    void aPartnerAdminInvitesOnlyIntoTheirOwnPartnerAndOnlyPartnerRoles() {
        String own = partner();
        String other = partner();
        PartnerFixture.member(own, "sub-inv-admin", true);
        Csrf csrf = Csrf.from("/partners/" + own + "/members");
        given().get("/partners/" + own + "/members").then().statusCode(200).body(containsString("Invite by e-mail"));
        given().get("/partners/" + own + "/associations").then().body(containsString("/partners/" + own + "/members"));

        Response issued = csrf.post().formParams(Map.of("email", "new@example.com", "role", "partner-admin"))
                .post("/partners/" + own + "/members/invitations");
        issued.then().statusCode(200);
        assertThat(LINK.matcher(issued.asString()).find()).isTrue();
        assertThat(unused(own)).extracting(i -> i.invitedBy).containsExactly("ada-inv");

        csrf.post().formParams(Map.of("email", "boss@example.com", "role", "program-admin"))
                .post("/partners/" + own + "/members/invitations").then().statusCode(400);
        csrf.post().formParams(Map.of("email", "spy@example.com", "role", "partner-admin"))
                .post("/partners/" + other + "/members/invitations").then().statusCode(404);
        assertThat(unused(own)).hasSize(1);
        assertThat(unused(other)).isEmpty();

        // revoking: only the partner's own invitations
        String foreign = invite(other, "foreign@example.com", "partner-user");
        long foreignId = unusedOrAny(foreign).id;
        csrf.post().post("/partners/" + own + "/members/invitations/" + foreignId + "/revoke").then().statusCode(404);
        assertThat(unusedOrAny(foreign).revokedAt).isNull();
        long ownId = unused(own).get(0).id;
        csrf.post().post("/partners/" + own + "/members/invitations/" + ownId + "/revoke").then().statusCode(303);
        assertThat(invitation(ownId).revokedBy).isEqualTo("ada-inv");
        assertThat(ReviewFixture.audits("INVITATION_REVOKED", "invitation", String.valueOf(ownId))).isEqualTo(1);
        csrf.post().post("/partners/" + own + "/members/invitations/" + ownId + "/revoke").then().statusCode(409);
        assertThat(ReviewFixture.audits("INVITATION_REVOKED", "invitation", String.valueOf(ownId))).isEqualTo(1);
    }

    // --- reading the database ----------------------------------------------------------------------------------

    private List<InvitationEntity> unused(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> InvitationEntity.<InvitationEntity>list(
                "partnerId = ?1 and acceptedAt is null and revokedAt is null order by id desc", partnerId));
    }

    private static InvitationEntity invitation(long id) {
        return QuarkusTransaction.requiringNew().call(() -> InvitationEntity.<InvitationEntity>find("id", id)
                .firstResult());
    }

    private static InvitationEntity unusedOrAny(String token) {
        return QuarkusTransaction.requiringNew().call(() -> InvitationEntity.<InvitationEntity>find("tokenHash",
                InvitationToken.hash(token)).firstResult());
    }

    private static MembershipEntity member(String partnerId, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> MembershipEntity.<MembershipEntity>find(
                "partnerId = ?1 and subject = ?2", partnerId, subject).firstResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
