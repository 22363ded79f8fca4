package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.persistence.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Writes one partner's evidence in the caller's transaction: every record is upserted on its natural key with
 * set-based JDBC batches, so writing the same evidence again changes nothing. The attributions and professionals
 * it names go through the one review model ({@link ReviewModel#imported}): submitted for review, or approved when
 * the program admin marked the import a verified source; a rejection or withdrawal stands. Each association
 * changed is one audit event naming the import.
 */
@ApplicationScoped
public class EvidenceWriter {

    /**
     * One import: who runs it, its name (a file name), its id (the reason its approvals and submissions carry) and
     * whether the program admin marked it a verified source.
     */
    public record ImportRequest(String actor, String importName, String importId, boolean verifiedSource) {

        public ImportRequest {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(importName, "importName");
            Objects.requireNonNull(importId, "importId");
        }
    }

    /**
     * What a write did: the associations it approved and submitted, those it left as they were (with why, e.g.
     * "rejected: the decision stands"), and the rows it inserted or changed (the associations included).
     */
    public record Written(List<String> approved, List<String> submitted, Map<String, String> kept, int changedRows) {

        public Written {
            approved = List.copyOf(approved);
            submitted = List.copyOf(submitted);
            kept = Map.copyOf(kept);
        }

        public int associationsApproved() {
            return approved.size();
        }
    }

    /** What the review model did with each association of one write. */
    private static final class Outcome {
        final List<String> approved = new ArrayList<>();
        final List<String> submitted = new ArrayList<>();
        final Map<String, String> kept = new java.util.TreeMap<>();
        private String current;

        void approved(String entityId) {
            approved.add(entityId);
        }

        void submitted(String entityId) {
            submitted.add(entityId);
        }

        void kept(String why) {
            kept.put(current, why);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public Written write(Evidence evidence, ImportRequest request) {
        String partnerId = evidence.partner().id();
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Upsert upsert = new Upsert(connection, partnerId, request);
            int changed = upsert.partner(evidence);
            changed += upsert.customers(evidence.customers());
            Map<String, Long> customerRefs = upsert.ids("select customer_id, id from customer where partner_id = ?");
            changed += upsert.acr(evidence.customers(), customerRefs);
            upsert.customerAssociations(evidence.customers(), customerRefs);
            changed += upsert.professionals(evidence.professionals());
            Map<String, Long> professionalRefs = upsert.ids("select person_id, id from professional where partner_id = ?");
            changed += upsert.certifications(evidence.professionals(), professionalRefs);
            upsert.professionalAssociations(evidence.professionals(), professionalRefs);
            changed += upsert.deployments(evidence, customerRefs);
            changed += upsert.specializations(evidence);
            Outcome outcome = upsert.outcome;
            return new Written(outcome.approved, outcome.submitted, outcome.kept,
                    changed + outcome.approved.size() + outcome.submitted.size());
        });
    }

    private final class Upsert {
        private final Connection connection;
        private final String partnerId;
        private final ImportRequest request;
        private final Outcome outcome = new Outcome();
        private final Timestamp now = Timestamp.from(Instant.now());

        Upsert(Connection connection, String partnerId, ImportRequest request) {
            this.connection = connection;
            this.partnerId = partnerId;
            this.request = request;
        }

        int partner(Evidence evidence) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into partner (partner_id, name, other_azure_specializations) values (?, ?, ?)
                    on conflict (partner_id) do update
                       set name = coalesce(?, partner.name),
                           other_azure_specializations = excluded.other_azure_specializations,
                           version = partner.version + 1
                     where partner.name is distinct from coalesce(?, partner.name)
                        or partner.other_azure_specializations <> excluded.other_azure_specializations""")) {
                String name = evidence.partner().name();
                statement.setString(1, partnerId);
                statement.setString(2, name != null && !name.isBlank() ? name : partnerId);
                statement.setInt(3, evidence.otherAzureSpecializations());
                statement.setString(4, name);
                statement.setString(5, name);
                return statement.executeUpdate();
            }
        }

        int customers(List<Customer> customers) throws SQLException {
            return Jdbc.batch(connection, """
                    insert into customer (partner_id, customer_id, segment) values (?, ?, ?)
                    on conflict (partner_id, customer_id) do update set segment = excluded.segment
                     where customer.segment <> excluded.segment""", customers, (s, c) -> {
                s.setString(1, partnerId);
                s.setString(2, c.id());
                s.setString(3, c.segment().name());
            });
        }

        Map<String, Long> ids(String sql) throws SQLException {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, partnerId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return ids;
        }

        int acr(List<Customer> customers, Map<String, Long> refs) throws SQLException {
            record Row(long ref, java.time.YearMonth month, BigDecimal amount) {
            }
            List<Row> rows = new ArrayList<>();
            for (Customer customer : customers) {
                customer.acr().forEach((month, amount) -> rows.add(new Row(refs.get(customer.id()), month, amount)));
            }
            return Jdbc.batch(connection, """
                    insert into acr_month (partner_id, customer_ref, month, amount) values (?, ?, ?, ?)
                    on conflict (partner_id, customer_ref, month) do update set amount = excluded.amount
                     where acr_month.amount <> excluded.amount""", rows, (s, r) -> {
                s.setString(1, partnerId);
                s.setLong(2, r.ref());
                s.setDate(3, Date.valueOf(r.month().atDay(1)));
                s.setBigDecimal(4, r.amount());
            });
        }

        void customerAssociations(List<Customer> customers, Map<String, Long> refs) throws SQLException {
            for (Customer customer : customers) {
                for (var attribution : customer.attributions()) {
                    associate("customer_association", "customer_ref = ? and type = ?",
                            refs.get(customer.id()), attribution.name(), customer.id() + "/" + attribution.name());
                }
            }
        }

        int professionals(List<Professional> professionals) throws SQLException {
            return Jdbc.batch(connection, """
                    insert into professional (partner_id, person_id, name) values (?, ?, ?)
                    on conflict (partner_id, person_id) do update set name = excluded.name
                     where professional.name is distinct from excluded.name and excluded.name is not null""",
                    professionals, (s, p) -> {
                        s.setString(1, partnerId);
                        s.setString(2, p.id());
                        s.setString(3, p.name());
                    });
        }

        int certifications(List<Professional> professionals, Map<String, Long> refs) throws SQLException {
            record Row(long ref, Certification certification) {
            }
            List<Row> rows = new ArrayList<>();
            for (Professional professional : professionals) {
                for (Certification certification : professional.certifications()) {
                    rows.add(new Row(refs.get(professional.id()), certification));
                }
            }
            return Jdbc.batch(connection, """
                    insert into certification (partner_id, professional_ref, certification_id, earned, expires)
                    values (?, ?, ?, ?, ?)
                    on conflict (partner_id, professional_ref, certification_id, earned)
                    do update set expires = excluded.expires
                     where certification.expires is distinct from excluded.expires""", rows, (s, r) -> {
                s.setString(1, partnerId);
                s.setLong(2, r.ref());
                s.setString(3, r.certification().id());
                s.setDate(4, Date.valueOf(r.certification().earned()));
                s.setDate(5, r.certification().expires() == null ? null : Date.valueOf(r.certification().expires()));
            });
        }

        void professionalAssociations(List<Professional> professionals, Map<String, Long> refs) throws SQLException {
            for (Professional professional : professionals) {
                associate("professional_association", "professional_ref = ?", refs.get(professional.id()), null,
                        professional.id());
            }
        }

        /**
         * Applies what the one review model says an import does with this association ({@link
         * ReviewModel#imported}): given the latest association of the key, nothing (a decision stands, or it is
         * approved, awaiting review or with the partner), a new one SUBMITTED for review, or — from a verified
         * source — a new one APPROVED or the submitted one approved. Each change is one audit event.
         */
        private void associate(String table, String match, long ref, String type, String entityId)
                throws SQLException {
            Long latestId = null;
            AssociationState latest = null;
            try (PreparedStatement find = connection.prepareStatement("select id, state from " + table
                    + " where partner_id = ? and " + match + " order by id desc limit 1 for update")) {
                find.setString(1, partnerId);
                find.setLong(2, ref);
                if (type != null) {
                    find.setString(3, type);
                }
                try (ResultSet rows = find.executeQuery()) {
                    if (rows.next()) {
                        latestId = rows.getLong(1);
                        latest = AssociationState.valueOf(rows.getString(2));
                    }
                }
            }
            outcome.current = entityId;
            Optional<Move> decided = ReviewModel.imported(latest, request.verifiedSource(), request.importId(),
                    request.actor(), now.toInstant().atOffset(ZoneOffset.UTC));
            if (decided.isEmpty()) {
                outcome.kept(ReviewModel.importKept(latest));
                return;
            }
            Move move = decided.get();
            long id;
            if (latestId != null && move.from() != null) {
                try (PreparedStatement update = connection.prepareStatement("update " + table
                        + " set state = ?, decided_by = ?, decided_at = ?, reason = ?, version = version + 1"
                        + " where partner_id = ? and id = ? and state = ?")) {
                    update.setString(1, move.to().name());
                    update.setString(2, move.actor());
                    update.setTimestamp(3, now);
                    update.setString(4, move.reason());
                    update.setString(5, partnerId);
                    update.setLong(6, latestId);
                    update.setString(7, move.from().name());
                    update.executeUpdate();
                }
                id = latestId;
            } else {
                String sql = type != null
                        ? "insert into customer_association (partner_id, customer_ref, type, reference, state,"
                          + " submitted_by, submitted_at, decided_by, decided_at, reason)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"
                        : "insert into professional_association (partner_id, professional_ref, state,"
                          + " submitted_by, submitted_at, decided_by, decided_at, reason)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id";
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    int i = 1;
                    insert.setString(i++, partnerId);
                    insert.setLong(i++, ref);
                    if (type != null) {
                        insert.setString(i++, type);
                        insert.setString(i++, request.importName());
                    }
                    insert.setString(i++, move.to().name());
                    insert.setString(i++, request.actor() + " (import " + request.importId() + ")");
                    insert.setTimestamp(i++, now);
                    insert.setString(i++, move.decided() ? move.actor() : null);
                    insert.setTimestamp(i++, move.decided() ? now : null);
                    insert.setString(i, move.decided() ? move.reason() : null);
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id = rows.getLong(1);
                    }
                }
            }
            String entity = type != null ? "customer_association" : "professional_association";
            audit.record(move.actor(), move.action(), partnerId, entity, String.valueOf(id),
                    move.before() == null ? null : Map.of("state", move.before().state().name()),
                    Map.of("state", move.after().state().name()), move.reason());
            if (move.to() == AssociationState.APPROVED) {
                outcome.approved(entityId);
            } else {
                outcome.submitted(entityId);
            }
        }

        int deployments(Evidence evidence, Map<String, Long> refs) throws SQLException {
            return Jdbc.batch(connection, """
                    insert into deployment (partner_id, customer_ref, service, service_level, deployed_on)
                    values (?, ?, ?, ?, ?) on conflict do nothing""", evidence.deployments(), (s, d) -> {
                s.setString(1, partnerId);
                s.setLong(2, Objects.requireNonNull(refs.get(d.customerId()), d.customerId()));
                s.setString(3, d.service());
                s.setInt(4, d.serviceLevel());
                s.setDate(5, Date.valueOf(d.date()));
            });
        }

        int specializations(Evidence evidence) throws SQLException {
            return Jdbc.batch(connection, """
                    insert into specialization (partner_id, specialization_id, earned) values (?, ?, ?)
                    on conflict (partner_id, specialization_id) do update set earned = excluded.earned
                     where specialization.earned <> excluded.earned""", evidence.specializations(), (s, h) -> {
                s.setString(1, partnerId);
                s.setString(2, h.id().name());
                s.setDate(3, Date.valueOf(h.earned()));
            });
        }
    }
}
