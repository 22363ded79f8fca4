package com.partnerportal.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A subject's partners (ids, names, roles) come in one statement that loads no entity. */
@QuarkusTest
class MembershipRepositoryTest {

    @Inject
    MembershipRepository memberships;

    @Inject
    PartnerRepository partners;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theSubjectsPartnersWithTheirRolesInOneStatement() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : List.of("P-7612", "P-7611", "P-7613")) {
                PartnerEntity partner = new PartnerEntity();
                partner.partnerId = id;
                partner.name = "Partner " + id;
                em.persist(partner);
            }
            em.flush();
            member("P-7612", "sub-of-7611", MembershipEntity.PARTNER_ADMIN);
            member("P-7611", "sub-of-7611", MembershipEntity.PARTNER_USER);
            member("P-7613", "someone-else", MembershipEntity.PARTNER_ADMIN);
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            List<MembershipRepository.PartnerOfSubject> found = memberships.partnersOf("sub-of-7611");
            assertThat(found).extracting(MembershipRepository.PartnerOfSubject::partnerId,
                    MembershipRepository.PartnerOfSubject::partnerName, MembershipRepository.PartnerOfSubject::admin)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("P-7611", "Partner P-7611", false),
                            org.assertj.core.groups.Tuple.tuple("P-7612", "Partner P-7612", true));
            assertThat(statistics.getPrepareStatementCount()).as("one statement").isEqualTo(1);
            assertThat(statistics.getEntityLoadCount()).as("no entity loaded").isZero();
            assertThat(partners.nameOf("P-7613")).contains("Partner P-7613");
            assertThat(partners.nameOf("P-0000")).isEmpty();
            assertThat(memberships.partnersOf("nobody")).isEmpty();
        });
    }

    private void member(String partnerId, String subject, String role) {
        MembershipEntity membership = new MembershipEntity();
        membership.partnerId = partnerId;
        membership.subject = subject;
        membership.role = role;
        em.persist(membership);
    }
}
