package com.partnerportal.web.demo;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.MembershipRepository;
import com.partnerportal.persistence.partner.PartnerPageStamps;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.partner.PartnerEntity;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import com.partnerportal.web.imports.EvidenceImportService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo data of the local run command ({@code %demo} profile only, never production): partners and the
 * memberships of the demo users of {@code keycloak/capability-portal-realm.json}, keyed by their Keycloak ids.
 * Loading is idempotent: what exists is left alone.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record DemoPartner(String id, String name, LocalDate anniversary) {
    }

    record DemoMember(String partnerId, String subject, String username, String displayName, boolean admin) {
    }

    static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("P-1001", "Contoso Data Ltd", LocalDate.of(2023, 7, 1)),
            new DemoPartner("P-2002", "Fabrikam AI Services", LocalDate.of(2023, 10, 1)),
            new DemoPartner("P-3003", "Northwind Analytics", LocalDate.of(2024, 1, 1)),
            new DemoPartner("P-4004", "Tailspin Insights", LocalDate.of(2024, 4, 1)));

    static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("P-1001", "8f0c7a52-4b9e-4d1a-9a51-100000000001", "ada", "Ada Lovelace", true),
            new DemoMember("P-1001", "8f0c7a52-4b9e-4d1a-9a51-100000000002", "paul", "Paul Allen", false),
            new DemoMember("P-2002", "8f0c7a52-4b9e-4d1a-9a51-100000000003", "grace", "Grace Hopper", true),
            new DemoMember("P-3003", "8f0c7a52-4b9e-4d1a-9a51-100000000004", "henry", "Henry Ford", false));

    @ConfigProperty(name = "portal.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EvidenceImportService imports;

    @Inject
    DemoReviewWork reviewWork;

    @Inject
    DemoLedger ledger;

    @Inject
    PartnerRepository partners;

    @Inject
    MembershipRepository memberships;

    @Inject
    PartnerPageStamps stamps;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (enabled) {
            load();
            ledger.seed(PARTNERS.stream().map(DemoPartner::id).toList());
            // Seeding wrote thousands of statements' page-change rows (3,358 for P-3003), which every dashboard GET
            // would aggregate until the prune's bound (75 min) passed. The demo is one node and the HTTP server starts
            // after this observer, so no page was made under any stamp yet: the rows can go now (each partner keeps
            // its largest), see PageChangePrune for why the bound exists elsewhere.
            stamps.prune(Duration.ZERO);
        }
    }

    @Transactional
    void load() {
        int created = 0;
        for (DemoPartner demo : PARTNERS) {
            if (partners.findById(demo.id()) == null) {
                PartnerEntity partner = new PartnerEntity();
                partner.partnerId = demo.id();
                partner.name = demo.name();
                partner.anniversaryDate = demo.anniversary();
                partners.persist(partner);
                created++;
            }
        }
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        for (String file : List.of("demo/P-1001.json", "demo/P-2002.json")) {
            try (InputStream json = DemoData.class.getClassLoader().getResourceAsStream(file)) {
                // The files were written as of a past month: their dates move so that they end in the open month.
                imports.importEvidence(DemoDates.shiftTo(EvidenceJson.read(json), lastMonth), "demo-data",
                        "demo data " + file, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        imports.importEvidence(DemoEvidenceGenerator.generate("P-3003", "Northwind Analytics", lastMonth, 200, 24, 3003),
                "demo-data", "demo data generator seed 3003", true);
        imports.importEvidence(DemoEvidenceGenerator.generate("P-4004", "Tailspin Insights", lastMonth, 12, 5, 4004),
                "demo-data", "demo data generator seed 4004", true);
        for (DemoMember demo : MEMBERS) {
            if (memberships.ofSubject(demo.partnerId(), demo.subject()).isEmpty()) {
                MembershipEntity membership = new MembershipEntity();
                membership.partnerId = demo.partnerId();
                membership.subject = demo.subject();
                membership.email = demo.username() + "@example.com";
                membership.displayName = demo.displayName();
                membership.role = demo.admin() ? MembershipEntity.PARTNER_ADMIN : MembershipEntity.PARTNER_USER;
                memberships.persist(membership);
            }
        }
        reviewWork.create(lastMonth);
        LOG.infof("Demo data: %d partners created, %d demo memberships present", created, MEMBERS.size());
    }
}
