package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.AcrWindow;
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
 * partner.
 *
 * <p>Two forms of a customer's ACR: {@link #assemble} reads its months of the scoring window (M-13 … M), as the pages,
 * the what-if simulator and the single-partner ledger writes need them; {@link #assembleSummed} — the set-based
 * recompute, the month close and the notices' scoring, which only score the month — lets PostgreSQL sum the five
 * figures the rules read per customer ({@link AcrWindow}: M-13, M-12, M-1, M and the TTM sum) and hands over those
 * instead of every month as text ({@link Customer#summed}; such evidence can be scored as of {@code asOf} only).
 */
@ApplicationScoped
public class EvidenceBatchAssembler {

    @Inject
    EntityManager em;

    /**
     * Partner id → evidence as of {@code asOf}, in id order, each customer with its ACR months of the scoring window;
     * unknown partners are left out.
     */
    @Transactional(TxType.MANDATORY)
    public Map<String, Evidence> assemble(Collection<String> partnerIds, YearMonth asOf) {
        return assemble(partnerIds, asOf, false);
    }

    /**
     * Partner id → evidence as of {@code asOf}, in id order, each customer carrying only its ACR figures as of
     * {@code asOf}, summed by PostgreSQL ({@link Customer#summed}): evidence to score that month with, and nothing
     * else — its customers have no months to show, write or change. Unknown partners are left out.
     */
    @Transactional(TxType.MANDATORY)
    public Map<String, Evidence> assembleSummed(Collection<String> partnerIds, YearMonth asOf) {
        return assemble(partnerIds, asOf, true);
    }

    private Map<String, Evidence> assemble(Collection<String> partnerIds, YearMonth asOf, boolean summed) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            String parallel = setLocal(connection, "max_parallel_workers_per_gather", "0");
            try {
                return read(connection, new TreeSet<>(partnerIds).toArray(String[]::new), asOf, summed);
            } finally {
                setLocal(connection, "max_parallel_workers_per_gather", parallel);
            }
        });
    }

    /**
     * Sets a setting for the rest of the transaction and returns its value before. The reads run without parallel
     * workers: the set-based recompute already runs as many workers as there are cores, and for a chunk's ACR
     * PostgreSQL 16 otherwise plans a parallel bitmap scan whose rows it sorts on disk (it expects a group per row)
     * to group them — 366 ms for a chunk of 250 partners where the serial walk of the primary key, which needs no
     * sort, takes 178 ms; the customers' join 116 ms against 29 ms (docs/performance.md, "Program scale").
     */
    private static String setLocal(Connection connection, String name, String value) throws SQLException {
        String before;
        try (PreparedStatement sql = connection.prepareStatement("select current_setting(?)")) {
            sql.setString(1, name);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                before = rows.getString(1);
            }
        }
        try (PreparedStatement sql = connection.prepareStatement("select set_config(?, ?, true)")) {
            sql.setString(1, name);
            sql.setString(2, value);
            sql.executeQuery().close();
        }
        return before;
    }

    private record PartnerRow(String name, int otherAzureSpecializations) {
    }

    /** A customer as its rows arrive: its months, or (the summed read) its figures once its ACR row is read. */
    private static final class CustomerRow {
        final String customerId;
        final Segment segment;
        final Set<Attribution> attributions = EnumSet.noneOf(Attribution.class);
        final TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();
        AcrWindow summed;

        CustomerRow(String customerId, Segment segment) {
            this.customerId = customerId;
            this.segment = segment;
        }

        Customer customer(YearMonth asOf, boolean summedRead) {
            if (!summedRead) {
                return new Customer(customerId, segment, attributions, acr);
            }
            // a customer without any ACR row in the window: every figure USD 0, as AcrWindow.of gives for no month
            return Customer.summed(customerId, segment, attributions, summed != null ? summed
                    : new AcrWindow(asOf, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO));
        }
    }

    private record ProfessionalRow(long ref, String personId, String name, List<Certification> certifications) {
    }

    private static Map<String, Evidence> read(Connection connection, String[] ids, YearMonth asOf, boolean summed)
            throws SQLException {
        Array partners = connection.createArrayOf("varchar", ids);
        Date from = Date.valueOf(AcrWindow.firstMonth(asOf).atDay(1));
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
                            .computeIfAbsent(ref, r -> new CustomerRow(readString(rows, 3),
                                    Segment.valueOf(readString(rows, 4))));
                    customer.attributions.add(Attribution.valueOf(rows.getString(5)));
                }
            }
        }

        if (summed) {
            readSummedAcr(connection, partners, asOf, from, to, customers);
        } else {
            readAcrMonths(connection, partners, from, to, customers);
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
                                .add(new Deployment(customer.customerId, rows.getString(3), rows.getInt(4),
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
                partnerCustomers.add(customer.customer(asOf, summed));
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
     * ACR of the scoring window, every month: one row per customer, its months and amounts as one text in month order
     * ("<days from 1970-01-01 to the month's first day> <amount> …"), read in the primary key's order, so that
     * PostgreSQL groups without sorting and Java parses one string instead of two arrays (the driver's array decoding
     * and numeric arithmetic for the month — extract() is numeric — were most of this read's cost). Rows of customers
     * without an approved association (not in {@code customers}) are skipped.
     */
    private static void readAcrMonths(Connection connection, Array partners, Date from, Date to,
            Map<String, Map<Long, CustomerRow>> customers) throws SQLException {
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
                        readAcr(rows.getString(3), months, customer.acr);
                    }
                }
            }
        }
    }

    /**
     * ACR of the scoring window, summed by PostgreSQL into the five figures the rules read ({@link AcrWindow}): one
     * row per customer in the primary key's order (grouped without sorting). A sum over no row is null, which is
     * {@link BigDecimal#ZERO} as in {@link AcrWindow#of}; a {@code numeric} sum keeps the largest scale of its terms,
     * as {@link BigDecimal#add} does, so the figures equal core's own in value and scale (and the scorecard's JSON byte
     * for byte). Rows of customers without an approved association are skipped.
     */
    private static void readSummedAcr(Connection connection, Array partners, YearMonth asOf, Date from, Date to,
            Map<String, Map<Long, CustomerRow>> customers) throws SQLException {
        try (PreparedStatement sql = prepare(connection, """
                select m.partner_id, m.customer_ref,
                       sum(m.amount) filter (where m.month = ?),
                       sum(m.amount) filter (where m.month = ?),
                       sum(m.amount) filter (where m.month = ?),
                       sum(m.amount) filter (where m.month = ?),
                       sum(m.amount) filter (where m.month >= ?)
                  from acr_month m
                 where m.partner_id = any(?) and m.month between ? and ?
                 group by m.partner_id, m.customer_ref""")) {
            sql.setDate(1, from); // M-13
            sql.setDate(2, Date.valueOf(asOf.minusMonths(12).atDay(1)));
            sql.setDate(3, Date.valueOf(asOf.minusMonths(1).atDay(1)));
            sql.setDate(4, to); // M
            sql.setDate(5, Date.valueOf(AcrWindow.firstTtmMonth(asOf).atDay(1)));
            sql.setArray(6, partners);
            sql.setDate(7, from);
            sql.setDate(8, to);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    CustomerRow customer = customers.getOrDefault(rows.getString(1), Map.of()).get(rows.getLong(2));
                    if (customer != null) {
                        customer.summed = new AcrWindow(asOf, amount(rows, 3), amount(rows, 4), amount(rows, 5),
                                amount(rows, 6), amount(rows, 7));
                    }
                }
            }
        }
    }

    /** A sum read back: null (no row) is USD 0. */
    private static BigDecimal amount(ResultSet rows, int column) throws SQLException {
        BigDecimal amount = rows.getBigDecimal(column);
        return amount == null ? BigDecimal.ZERO : amount;
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
