package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Writes one partner's evidence in the caller's transaction: every record is upserted on its natural key with
 * set-based JDBC batches, so writing the same evidence again changes nothing. The associations that make customers
 * and professionals count are not written here: the import approves them through the review model.
 */
@ApplicationScoped
public class EvidenceWriter {

    /** What a write did: rows it inserted or changed, and the ids of the partner's customers and professionals. */
    public record Written(int changedRows, Map<String, Long> customerRefs, Map<String, Long> professionalRefs) {
    }

    @Inject
    EntityManager em;

    public Written write(Evidence evidence) {
        String partnerId = evidence.partner().id();
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Upsert upsert = new Upsert(connection, partnerId);
            int changed = upsert.partner(evidence);
            changed += upsert.customers(evidence.customers());
            Map<String, Long> customerRefs = upsert.ids("select customer_id, id from customer where partner_id = ?");
            changed += upsert.acr(evidence.customers(), customerRefs);
            changed += upsert.professionals(evidence.professionals());
            Map<String, Long> professionalRefs = upsert.ids("select person_id, id from professional where partner_id = ?");
            changed += upsert.certifications(evidence.professionals(), professionalRefs);
            changed += upsert.deployments(evidence, customerRefs);
            changed += upsert.specializations(evidence);
            return new Written(changed, customerRefs, professionalRefs);
        });
    }

    private final class Upsert {
        private final Connection connection;
        private final String partnerId;

        Upsert(Connection connection, String partnerId) {
            this.connection = connection;
            this.partnerId = partnerId;
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
