package com.partnerportal.web.associations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 5: a partner's customer associations, professionals and certification links page, sort and search on
 * the server — over HTTP, on the API and on the associations page — and never show another partner's rows; refused
 * parameters are a 400 with a message (a problem on the API, the page re-rendered with its first pages).
 */
@QuarkusTest
@TestSecurity(user = "list-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-list-admin"))
class AssociationListTest {

    static final String PARTNER = "P-7450";
    static final String FOREIGN = "P-7451";
    static final String API = "/api/v1/partners/" + PARTNER + "/associations/";
    static final String PAGE = "/partners/" + PARTNER + "/associations";
    static final int CUSTOMERS = 130;
    static final int PEOPLE = 120;

    @Inject
    EntityManager em;

    @BeforeEach
    void rows() {
        PartnerFixture.partner(PARTNER, "Lists Ltd");
        PartnerFixture.partner(FOREIGN, "Other Lists Ltd");
        PartnerFixture.member(PARTNER, "sub-list-admin", true);
        QuarkusTransaction.requiringNew().run(() -> {
            if (((Number) em.createNativeQuery("select count(*) from customer where partner_id = ?1")
                    .setParameter(1, PARTNER).getSingleResult()).intValue() > 0) {
                return;
            }
            // customers C-L0001 … C-L0130: every tenth named "Acme …"; created (i * 37 mod 130) minutes ago
            em.createNativeQuery("""
                    insert into customer (partner_id, customer_id, name, segment)
                    select ?1, 'C-L' || lpad(i::text, 4, '0'),
                           case when i % 10 = 0 then 'Acme ' || i else 'Customer ' || i end,
                           (array['SMB', 'SMC', 'ENTERPRISE'])[1 + i % 3]
                      from generate_series(1, ?2) i""").setParameter(1, PARTNER).setParameter(2, CUSTOMERS)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into customer_association (partner_id, customer_ref, type, reference, state, submitted_by,
                                                      submitted_at, reason, created_at)
                    select c.partner_id, c.id, 'PAL', 'pal-' || c.customer_id,
                           (array['SUBMITTED', 'APPROVED', 'REJECTED'])[1 + n % 3], 'list-admin',
                           now() - n * interval '1 hour', case when n % 3 = 2 then 'not ours' end,
                           now() - (n * 37 % ?2) * interval '1 minute'
                      from (select c.*, substr(c.customer_id, 4)::int as n from customer c where c.partner_id = ?1) c
                    """).setParameter(1, PARTNER).setParameter(2, CUSTOMERS).executeUpdate();
            // people M-L0001 … M-L0120, every tenth named "Acme Person …"; a certification link for the first 30
            em.createNativeQuery("""
                    insert into professional (partner_id, person_id, name, email)
                    select ?1, 'M-L' || lpad(i::text, 4, '0'),
                           case when i % 10 = 0 then 'Acme Person ' || i else 'Person ' || i end,
                           'p' || i || '@lists.example'
                      from generate_series(1, ?2) i""").setParameter(1, PARTNER).setParameter(2, PEOPLE)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into professional_association (partner_id, professional_ref, state, submitted_by,
                                                          submitted_at)
                    select partner_id, id, 'APPROVED', 'list-admin', now() from professional where partner_id = ?1
                    """).setParameter(1, PARTNER).executeUpdate();
            em.createNativeQuery("""
                    insert into certification_claim (partner_id, professional_ref, certification_id, earned, expires,
                                                     proof, state, submitted_by, submitted_at)
                    select partner_id, id,
                           case when substr(person_id, 4)::int % 2 = 0 then 'AZURE_AI_ENGINEER_ASSOCIATE'
                                else 'AZURE_DATA_ENGINEER_ASSOCIATE' end,
                           date '2024-01-01' + substr(person_id, 4)::int, date '2027-01-01' + substr(person_id, 4)::int,
                           'cred-' || person_id, 'SUBMITTED', 'list-admin', now()
                      from professional where partner_id = ?1 and substr(person_id, 4)::int <= 30
                    """).setParameter(1, PARTNER).executeUpdate();
            // the other partner: names and ids that the searches below would match if isolation failed
            em.createNativeQuery("""
                    insert into customer (partner_id, customer_id, name, segment)
                    select ?1, 'C-L' || lpad(i::text, 4, '0'), 'Acme Foreign ' || i, 'SMB'
                      from generate_series(1, 20) i on conflict do nothing""").setParameter(1, FOREIGN)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into customer_association (partner_id, customer_ref, type, reference, state)
                    select partner_id, id, 'CSP', 'foreign', 'DRAFT' from customer where partner_id = ?1
                    """).setParameter(1, FOREIGN).executeUpdate();
            em.createNativeQuery("""
                    insert into professional (partner_id, person_id, name)
                    select ?1, 'M-L' || lpad(i::text, 4, '0'), 'Acme Foreign Person ' || i from generate_series(1, 20) i
                    on conflict do nothing""").setParameter(1, FOREIGN).executeUpdate();
            em.createNativeQuery("""
                    insert into professional_association (partner_id, professional_ref, state)
                    select partner_id, id, 'DRAFT' from professional where partner_id = ?1""")
                    .setParameter(1, FOREIGN).executeUpdate();
        });
    }

    private static JsonPath api(String kind, String query) {
        return given().when().get(API + kind + query).then().statusCode(200).extract().jsonPath();
    }

    private static String customer(int i) {
        return String.format("C-L%04d", i);
    }

    @Test
    void pages_hold_every_row_once_in_the_order_asked() {
        JsonPath first = api("customers", "?sort=customer&dir=asc&size=50");
        assertThat(first.getInt("total")).isEqualTo(CUSTOMERS);
        assertThat(first.getInt("pages")).isEqualTo(3);
        assertThat(first.getList("items.subjectId")).hasSize(50).first().isEqualTo(customer(1));
        assertThat(api("customers", "?sort=customer&dir=asc&size=50&page=3").getList("items.subjectId", String.class))
                .hasSize(30).startsWith(customer(101)).endsWith(customer(CUSTOMERS));
        // after the last page: empty, so that a client reading pages until one is empty stops
        JsonPath after = api("customers", "?sort=customer&size=50&page=4");
        assertThat(after.getList("items")).isEmpty();
        assertThat(after.getInt("total")).isEqualTo(CUSTOMERS);

        // sorted by a column with ties (three states, three segments): the id breaks them, so pages neither repeat
        // nor skip a row
        for (String sort : List.of("state", "segment", "type")) {
            List<Long> ids = new ArrayList<>();
            for (int page = 1; page <= 19; page++) {
                ids.addAll(api("customers", "?sort=" + sort + "&size=7&page=" + page).getList("items.id", Long.class));
            }
            assertThat(ids).as(sort).hasSize(CUSTOMERS).doesNotHaveDuplicates();
        }
    }

    @Test
    void sorting_follows_the_column_and_the_direction() {
        assertThat(api("customers", "?sort=customer&dir=desc&size=3").getList("items.subjectId"))
                .containsExactly(customer(130), customer(129), customer(128));
        // by default the newest first: created (i * 37 mod 130) minutes ago
        List<String> newest = IntStream.rangeClosed(1, CUSTOMERS).boxed()
                .sorted(Comparator.comparingInt(i -> i * 37 % CUSTOMERS)).map(AssociationListTest::customer).toList();
        assertThat(api("customers", "?size=200").getList("items.subjectId")).isEqualTo(newest);
        assertThat(api("customers", "?sort=added&dir=desc&size=200").getList("items.subjectId")).isEqualTo(newest);
        // by name, case-insensitive: "Acme 10" … "Acme 130" before "Customer …"
        List<String> names = api("customers", "?sort=name&dir=asc&size=200").getList("items.subjectName");
        assertThat(names).hasSize(CUSTOMERS).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(names.get(0)).isEqualTo("Acme 10");
        // certification links by expiry, latest first
        List<String> expires = api("certifications", "?sort=expires&dir=desc&size=200").getList("items.expires");
        assertThat(expires).hasSize(30).first().isEqualTo("2027-01-31");
        assertThat(expires).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api("professionals", "?sort=mcid&dir=asc&size=2").getList("items.subjectId"))
                .containsExactly("M-L0001", "M-L0002");
    }

    @Test
    void search_finds_customer_names_and_ids_mcids_and_person_names_of_this_partner_only() {
        JsonPath acme = api("customers", "?q=ACME&size=200");
        assertThat(acme.getInt("total")).isEqualTo(13);
        assertThat(acme.getList("items.subjectName", String.class)).allMatch(n -> n.startsWith("Acme ")
                && !n.contains("Foreign"));
        assertThat(api("customers", "?q=c-l001&sort=customer&dir=asc").getList("items.subjectId"))
                .containsExactlyElementsOf(IntStream.rangeClosed(10, 19).mapToObj(AssociationListTest::customer)
                        .toList());
        // LIKE's wildcards are searched for, not obeyed
        assertThat(api("customers", "?q=%25").getInt("total")).isZero();
        assertThat(api("customers", "?q=_").getInt("total")).isZero();
        // the other partner's rows match "foreign"; this partner has none
        assertThat(api("customers", "?q=foreign").getInt("total")).isZero();
        assertThat(api("professionals", "?q=foreign").getInt("total")).isZero();

        assertThat(api("professionals", "?q=m-l0120").getList("items.subjectName")).containsExactly("Acme Person 120");
        assertThat(api("professionals", "?q=acme person").getInt("total")).isEqualTo(12);
        assertThat(api("certifications", "?q=person 3").getList("items.subjectId", String.class))
                .containsExactlyInAnyOrder("M-L0003", "M-L0030");
        assertThat(api("certifications", "?q=ai_engineer").getInt("total")).isEqualTo(15);
    }

    @Test
    void another_partners_lists_are_not_found() {
        given().when().get("/api/v1/partners/" + FOREIGN + "/associations/customers").then().statusCode(404);
        given().when().get("/partners/" + FOREIGN + "/associations?q=acme").then().statusCode(404);
        // every row the lists ever show is this partner's
        List<String> all = new ArrayList<>(api("customers", "?size=200").getList("items.reference", String.class));
        assertThat(all).hasSize(CUSTOMERS).allMatch(r -> r.startsWith("pal-C-L"));
    }

    @Test
    void refused_api_parameters_are_a_400_problem_naming_each() {
        given().when().get(API + "customers?sort=email").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasItem(
                        "sort: one of customer, name, segment, type, state, submitted, decided, added: email"));
        given().when().get(API + "customers?page=0").then().statusCode(400)
                .body("errors", hasItem("page: a whole number from 1 to 999999: 0"));
        given().when().get(API + "customers?page=-3&size=201&dir=up").then().statusCode(400)
                .body("errors", hasItem("page: a whole number from 1 to 999999: -3"))
                .body("errors", hasItem("size: a whole number from 1 to 200: 201"))
                .body("errors", hasItem("dir: asc or desc: up"));
        given().when().get(API + "professionals?size=ten").then().statusCode(400)
                .body("errors", hasItem("size: a whole number from 1 to 200: ten"));
        given().when().get(API + "certifications?q=" + "x".repeat(101)).then().statusCode(400)
                .body("errors", hasItem("q: at most 100 characters"));
        given().queryParam("q", "a\u0001b").when().get(API + "certifications").then().statusCode(400)
                .body("errors", hasItem("q: no control characters"));
        given().when().get(API + "deployments").then().statusCode(404);
    }

    @Test
    void the_page_pages_sorts_and_searches_each_list() {
        given().when().get(PAGE).then().statusCode(200)
                .body(containsString("Page 1 of 3 · 130 rows"))
                .body(containsString("Page 1 of 3 · 120 rows"))
                .body(containsString("Page 1 of 1 · 30 rows"))
                .body(containsString("href=\"/partners/" + PARTNER + "/associations?customers.page=2#customers\""))
                // more people than a list can offer: the certification form asks for the MCID
                .body(containsString("<input id=\"cert-personId\" name=\"personId\""));
        given().when().get(PAGE + "?customers.sort=customer&customers.dir=asc&customers.page=2").then()
                .statusCode(200).body(containsString(">" + customer(51) + "<")).body(not(containsString(">"
                        + customer(50) + "<")))
                .body(containsString("aria-sort=\"ascending\"><a href=\"/partners/" + PARTNER
                        + "/associations?customers.sort=customer&amp;customers.dir=desc#customers\""));
        given().when().get(PAGE + "?q=acme&size=20").then().statusCode(200)
                .body(containsString("Page 1 of 1 · 13 rows")).body(containsString("Acme 130"))
                .body(containsString("Page 1 of 1 · 12 rows")).body(containsString("Acme Person 120"))
                .body(containsString("Page 1 of 1 · 3 rows"))
                .body(not(containsString("Foreign")));
        given().when().get(PAGE + "?q=c-l0001").then().statusCode(200)
                .body(containsString("Page 1 of 1 · 1 rows"))
                .body(containsString("No professional matches “c-l0001”."))
                .body(containsString("No certification link matches “c-l0001”."));
    }

    @Test
    void refused_page_parameters_re_render_the_page_with_a_message() {
        given().when().get(PAGE + "?customers.sort=mcid").then().statusCode(400)
                .body(containsString("customers.sort: one of customer, name, segment, type, state, submitted,"
                        + " decided, added: mcid"))
                .body(containsString("Page 1 of 3 · 130 rows"));
        given().when().get(PAGE + "?professionals.page=0&size=999").then().statusCode(400)
                .body(containsString("professionals.page: a whole number from 1 to 999999: 0"))
                .body(containsString("size: a whole number from 1 to 200: 999"))
                .body(containsString("Page 1 of 3 · 120 rows"));
        given().when().get(PAGE + "?certifications.dir=sideways&q=acme").then().statusCode(400)
                .body(containsString("certifications.dir: asc or desc: sideways"))
                .body(containsString("Page 1 of 1 · 13 rows"));
    }
}
