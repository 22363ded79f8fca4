package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.scoring.ScoringWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;
import org.postgresql.PGStatement;

/**
 * The evidence of many partners at once, as {@link EvidenceAssembler} builds it for one (approved associations
 * only, the same windows and the same orders): one query per table for the whole set of partners, each reading the
 * rows of {@code partner_id = any(…)} in one pass — seven statements for a chunk of partners instead of seven per
 * partner. Used by the set-based recompute and the month close.
 */
@ApplicationScoped
public class EvidenceBatchAssembler {

    @Inject
    EntityManager em;

    /** Partner id → evidence as of {@code asOf}, in id order; unknown partners are left out. */
    @Transactional(TxType.MANDATORY)
    public Map<String, Evidence> assemble(Collection<String> partnerIds, YearMonth asOf) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> read(connection,
                new TreeSet<>(partnerIds).toArray(String[]::new), asOf));
    }

    private record PartnerRow(String name, int otherAzureSpecializations) {
    }

    private record CustomerRow(long ref, String customerId, Segment segment, Set<Attribution> attributions,
            TreeMap<YearMonth, BigDecimal> acr) {
    }

    private record ProfessionalRow(long ref, String personId, String name, List<Certification> certifications) {
    }

    private static Map<String, Evidence> read(Connection connection, String[] ids, YearMonth asOf)
            throws SQLException {
        Array partners = connection.createArrayOf("varchar", ids);
        Date from = Date.valueOf(new ScoringWindow(asOf).monthBeforeLastYear().atDay(1));
        Date to = Date.valueOf(asOf.atDay(1));
        Date asOfDay = Date.valueOf(asOf.atEndOfMonth());

        Map<String, PartnerRow> partnerRows = new LinkedHashMap<>();
        try (PreparedStatement sql = prepare(connection, """
                select partner_id, name, other_azure_specializations from partner
                 where partner_id = any(?) order by partner_id""")) {
            sql.setArray(1, partners);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    partnerRows.put(rows.getString(1), new PartnerRow(rows.getString(2), rows.getInt(3)));
                }
            }
        }

        // Customers with at least one approved association, their approved attributions; by customer id.
        Map<String, Map<Long, CustomerRow>> customers = new HashMap<>();
        try (PreparedStatement sql = prepare(connection, """
                select c.partner_id, c.id, c.customer_id, c.segment, a.type
                  from customer c
                  join customer_association a on a.partner_id = c.partner_id and a.customer_ref = c.id
                 where c.partner_id = any(?) and a.partner_id = any(?) and a.state = 'APPROVED'
                 order by c.partner_id, c.customer_id, a.type""")) {
            // a.partner_id = any(?) too: the planner does not carry the condition over the join by itself, and
            // without it read every association of every partner to join the chunk's customers
            sql.setArray(1, partners);
            sql.setArray(2, partners);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    long ref = rows.getLong(2);
                    CustomerRow customer = customers.computeIfAbsent(rows.getString(1), p -> new LinkedHashMap<>())
                            .computeIfAbsent(ref, r -> new CustomerRow(r, readString(rows, 3),
                                    Segment.valueOf(readString(rows, 4)), EnumSet.noneOf(Attribution.class),
                                    new TreeMap<>()));
                    customer.attributions().add(Attribution.valueOf(rows.getString(5)));
                }
            }
        }

        // ACR of the scoring window: one row per customer, its months and amounts as one text in month order
        // ("<days from 1970-01-01 to the month's first day> <amount> …"), read in the primary key's order, so that
        // PostgreSQL groups without sorting and Java parses one string instead of two arrays (the driver's array
        // decoding and numeric arithmetic for the month — extract() is numeric — were most of this read's cost).
        // Rows of customers without an approved association (not in `customers`) are skipped.
        try (PreparedStatement sql = prepare(connection, """
                select m.partner_id, m.customer_ref,
                       string_agg((m.month - date '1970-01-01') || ' ' || m.amount, ' ' order by m.month)
                  from acr_month m
                 where m.partner_id = any(?) and m.month between ? and ?
                 group by m.partner_id, m.customer_ref""")) {
            sql.setArray(1, partners);
            sql.setDate(2, from);
            sql.setDate(3, to);
            Map<Integer, YearMonth> months = new HashMap<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    CustomerRow customer = customers.getOrDefault(rows.getString(1), Map.of()).get(rows.getLong(2));
                    if (customer != null) {
                        readAcr(rows.getString(3), months, customer.acr());
                    }
                }
            }
        }

        // Deployments of those customers up to the as-of month's last day, by day then id.
        Map<String, List<Deployment>> deployments = new HashMap<>();
        try (PreparedStatement sql = prepare(connection, """
                select d.partner_id, d.customer_ref, d.service, d.service_level, d.deployed_on
                  from deployment d
                 where d.partner_id = any(?) and d.deployed_on <= ?
                 order by d.partner_id, d.deployed_on, d.id""")) {
            sql.setArray(1, partners);
            sql.setDate(2, asOfDay);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    CustomerRow customer = customers.getOrDefault(rows.getString(1), Map.of()).get(rows.getLong(2));
                    if (customer != null) {
                        deployments.computeIfAbsent(rows.getString(1), p -> new ArrayList<>())
                                .add(new Deployment(customer.customerId(), rows.getString(3), rows.getInt(4),
                                        rows.getObject(5, LocalDate.class)));
                    }
                }
            }
        }

        // Professionals with an approved association, by person id; their certifications.
        Map<String, Map<Long, ProfessionalRow>> professionals = new HashMap<>();
        try (PreparedStatement sql = prepare(connection, """
                select p.partner_id, p.id, p.person_id, p.name from professional p
                 where p.partner_id = any(?)
                   and exists (select 1 from professional_association a where a.partner_id = p.partner_id
                               and a.partner_id = any(?) and a.professional_ref = p.id and a.state = 'APPROVED')
                 order by p.partner_id, p.person_id""")) {
            sql.setArray(1, partners);
            sql.setArray(2, partners);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    professionals.computeIfAbsent(rows.getString(1), p -> new LinkedHashMap<>())
                            .put(rows.getLong(2), new ProfessionalRow(rows.getLong(2), rows.getString(3),
                                    rows.getString(4), new ArrayList<>()));
                }
            }
        }
        try (PreparedStatement sql = prepare(connection, """
                select partner_id, professional_ref, certification_id, earned, expires from (
                    select c.partner_id, c.professional_ref, c.certification_id, c.earned, c.expires
                      from certification c where c.partner_id = any(?)
                    union all
                    -- certification links a partner admin claimed count once a reviewer approved them (each alone)
                    select k.partner_id, k.professional_ref, k.certification_id, k.earned, k.expires
                      from certification_claim k where k.partner_id = any(?) and k.state = 'APPROVED') c
                 order by partner_id, professional_ref, earned, certification_id""")) {
            sql.setArray(2, partners);
            sql.setArray(1, partners);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    ProfessionalRow professional = professionals.getOrDefault(rows.getString(1), Map.of())
                            .get(rows.getLong(2));
                    if (professional != null) {
                        // LocalDate straight from the text: the driver's java.sql.Date goes through a Calendar
                        professional.certifications().add(new Certification(rows.getString(3),
                                rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class)));
                    }
                }
            }
        }

        Map<String, List<HeldSpecialization>> specializations = new HashMap<>();
        try (PreparedStatement sql = prepare(connection, """
                select partner_id, specialization_id, earned from specialization where partner_id = any(?)
                 order by partner_id, earned, specialization_id""")) {
            sql.setArray(1, partners);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    specializations.computeIfAbsent(rows.getString(1), p -> new ArrayList<>())
                            .add(new HeldSpecialization(Specialization.valueOf(rows.getString(2)),
                                    rows.getObject(3, LocalDate.class)));
                }
            }
        }

        Map<String, Evidence> evidence = new LinkedHashMap<>();
        partnerRows.forEach((partnerId, partner) -> {
            List<Customer> partnerCustomers = new ArrayList<>();
            for (CustomerRow customer : customers.getOrDefault(partnerId, Map.of()).values()) {
                partnerCustomers.add(new Customer(customer.customerId(), customer.segment(), customer.attributions(),
                        customer.acr()));
            }
            List<Professional> partnerProfessionals = new ArrayList<>();
            for (ProfessionalRow professional : professionals.getOrDefault(partnerId, Map.of()).values()) {
                partnerProfessionals.add(new Professional(professional.personId(), professional.name(),
                        professional.certifications()));
            }
            evidence.put(partnerId, new Evidence(asOf, new Partner(partnerId, partner.name()), partnerCustomers,
                    partnerProfessionals, deployments.getOrDefault(partnerId, List.of()),
                    specializations.getOrDefault(partnerId, List.of()), partner.otherAzureSpecializations()));
        });
        return evidence;
    }

    /**
     * Parses the ACR read's text ("<days since 1970-01-01> <amount>" pairs, space-separated, amounts as PostgreSQL
     * writes a {@code numeric}: optional minus, digits, optional point and digits) into {@code acr}. Each amount keeps
     * the scale PostgreSQL wrote ({@code new BigDecimal(text)} would give the same value and scale).
     */
    static void readAcr(String text, Map<Integer, YearMonth> months, Map<YearMonth, BigDecimal> acr) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            int day = 0;
            boolean negativeDay = false;
            if (text.charAt(i) == '-') {
                negativeDay = true;
                i++;
            }
            char c;
            while ((c = text.charAt(i)) != ' ') {
                day = day * 10 + (c - '0');
                i++;
            }
            i++;
            int epochDay = negativeDay ? -day : day;
            YearMonth month = months.computeIfAbsent(epochDay, d -> YearMonth.from(LocalDate.ofEpochDay(d)));
            boolean negative = false;
            if (text.charAt(i) == '-') {
                negative = true;
                i++;
            }
            long unscaled = 0;
            int scale = -1;
            int digits = 0;
            while (i < length && (c = text.charAt(i)) != ' ') {
                if (c == '.') {
                    scale = 0;
                } else {
                    unscaled = unscaled * 10 + (c - '0');
                    digits++;
                    if (scale >= 0) {
                        scale++;
                    }
                }
                i++;
            }
            i++;
            if (digits > 18) {
                throw new IllegalStateException("an ACR amount out of range: " + text);
            }
            acr.put(month, BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0)));
        }
    }

    /**
     * A statement PostgreSQL plans for the parameters it is given, every time: the driver would otherwise make it a
     * server-side prepared statement from its fifth use on, whose generic plan knows neither the chunk's partners nor
     * how many they are (measured on 10,000 partners: the customers' join 1.6 s instead of 0.05 s a chunk).
     */
    private static PreparedStatement prepare(Connection connection, String statement) throws SQLException {
        PreparedStatement sql = connection.prepareStatement(statement);
        sql.unwrap(PGStatement.class).setPrepareThreshold(0);
        return sql;
    }

    private static String readString(ResultSet rows, int column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
