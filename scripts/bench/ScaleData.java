import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a program of generated partners into a portal's database with COPY (run through scripts/bench/generate,
 * which finds the database and the PostgreSQL driver). Seeded and deterministic: every value of partner number n is
 * drawn from random streams seeded by (seed, n, table), so the same arguments load the same rows, whatever the
 * order or the size.
 *
 * Per partner P-S00001 … (customers: most 20–200, every 500th partner 5,000): customers (60 % SMB, 30 % SMC, 10 %
 * ENTERPRISE) each with one PAL/DPOR/CSP association (APPROVED; 1 % SUBMITTED, waiting for review), ACR for every
 * month from the customer's first month (70 % from the first of the 24 months, the rest from a later one) to the
 * last month, professionals (5 + customers / 8; 97 % approved, 3 % waiting) with 1–3 distinct certifications
 * each, and 1 + customers / 20 deployments.
 *
 *   java -cp postgresql.jar scripts/bench/ScaleData.java JDBC_URL USER PASSWORD [partners=10000] [seed=14]
 *        [lastMonth=the month before this one, UTC] [months=24]
 *
 * As a superuser it loads with session_replication_role=replica (no per-row foreign-key triggers), with acr_month's
 * indexes dropped for the COPY and built again after it, then analyzes the loaded tables and checks every foreign key
 * it skipped with one anti-join each; any other login loads with the triggers and indexes on. One transaction: a
 * failure leaves nothing behind (while it runs, acr_month is locked for everyone else). Last, it removes the close
 * marks of the generated months, so that the portal's own month close records them (docs/performance.md).
 */
public class ScaleData {

    static final String PREFIX = "P-S";
    static final String[] CERTIFICATIONS = {"AZURE_ADMINISTRATOR_ASSOCIATE", "AZURE_SOLUTIONS_ARCHITECT_EXPERT",
            "AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE", "AZURE_AI_ENGINEER_ASSOCIATE", "AZURE_DATA_SCIENTIST_ASSOCIATE",
            "AZURE_DATA_ENGINEER_ASSOCIATE", "DATA_ANALYST_ASSOCIATE", "FABRIC_ANALYTICS_ENGINEER_ASSOCIATE",
            "FABRIC_DATA_ENGINEER_ASSOCIATE", "AZURE_COSMOS_DB_DEVELOPER_SPECIALTY"};
    static final String[] SERVICES = {"Azure OpenAI", "Azure Machine Learning", "Azure Databricks",
            "Azure Synapse Analytics", "Microsoft Fabric", "Azure Cosmos DB", "Azure SQL Database", "Azure AI Search",
            "Virtual Machines"};
    static final String[] TYPES = {"PAL", "PAL", "PAL", "PAL", "PAL", "PAL", "DPOR", "DPOR", "DPOR", "CSP"};
    static final String[] SEGMENTS = {"SMB", "SMB", "SMB", "SMB", "SMB", "SMB", "SMC", "SMC", "SMC", "ENTERPRISE"};
    static final String DECIDER = "scale-generator";

    final int partners;
    final long seed;
    final YearMonth last;
    final int months;
    long customerBase;
    long professionalBase;
    long customerAssociationBase;
    long professionalAssociationBase;
    long deploymentBase;
    final Map<String, Long> counts = new LinkedHashMap<>();

    ScaleData(int partners, long seed, YearMonth last, int months) {
        this.partners = partners;
        this.seed = seed;
        this.last = last;
        this.months = months;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ScaleData JDBC_URL USER PASSWORD [partners] [seed] [lastMonth] [months]");
            System.exit(2);
        }
        int partners = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 14;
        YearMonth last = args.length > 5 && !args[5].isBlank() ? YearMonth.parse(args[5])
                : YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        int months = args.length > 6 ? Integer.parseInt(args[6]) : 24;
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            new ScaleData(partners, seed, last, months).load(connection);
        }
        System.out.printf("total %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Partner n's customer count: most 20–200 (uniform), every 500th partner 5,000. */
    int customers(int n) {
        return n % 500 == 250 ? 5_000 : 20 + random(n, 1).nextInt(181);
    }

    int professionals(int n) {
        return 5 + customers(n) / 8;
    }

    int deployments(int n) {
        return 1 + customers(n) / 20;
    }

    /** The random stream of partner n for one table: independent of every other table and partner. */
    SplittableRandom random(int n, int table) {
        return new SplittableRandom(seed * 1_000_003L + n * 31L + table);
    }

    static String partnerId(int n) {
        return PREFIX + "%05d".formatted(n);
    }

    void load(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        boolean superuser;
        try (Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery(
                    "select rolsuper from pg_roles where rolname = current_user")) {
                rows.next();
                superuser = rows.getBoolean(1);
            }
            try (ResultSet rows = sql.executeQuery(
                    "select count(*) from partner where partner_id like '" + PREFIX + "%'")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new IllegalStateException(rows.getLong(1) + " generated partners (" + PREFIX
                            + "…) are already in this database: load into a fresh portal database");
                }
            }
            if (superuser) {
                sql.execute("set local session_replication_role = replica");
            }
            long customers = 0;
            long professionals = 0;
            long deployments = 0;
            for (int n = 1; n <= partners; n++) {
                customers += customers(n);
                professionals += professionals(n);
                deployments += deployments(n);
            }
            customerBase = reserve(sql, "customer", customers);
            customerAssociationBase = reserve(sql, "customer_association", customers);
            professionalBase = reserve(sql, "professional", professionals);
            professionalAssociationBase = reserve(sql, "professional_association", professionals);
            deploymentBase = reserve(sql, "deployment", deployments);
        }
        System.out.printf("loading %,d partners, seed %d, ACR %s … %s, %s%n", partners, seed,
                last.minusMonths(months - 1), last, superuser
                        ? "as superuser: foreign-key triggers off during COPY, checked afterwards"
                        : "with foreign-key triggers on");
        List<String> rebuild = List.of();
        if (superuser) {
            try (Statement sql = connection.createStatement()) {
                rebuild = dropIndexes(sql, "acr_month");
            }
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        copy(pg, "partner (partner_id, name)", this::partners);
        copy(pg, "customer (partner_id, id, customer_id, name, segment)", this::customers);
        copy(pg, "customer_association (partner_id, id, customer_ref, type, reference, state, submitted_by,"
                + " submitted_at, decided_by, decided_at)", this::customerAssociations);
        copy(pg, "acr_month (partner_id, customer_ref, month, amount)", this::acr);
        copy(pg, "professional (partner_id, id, person_id, name)", this::professionals);
        copy(pg, "professional_association (partner_id, id, professional_ref, state, submitted_by, submitted_at,"
                + " decided_by, decided_at)", this::professionalAssociations);
        copy(pg, "certification (partner_id, professional_ref, certification_id, earned, expires)",
                this::certifications);
        copy(pg, "deployment (partner_id, id, customer_ref, service, service_level, deployed_on)",
                this::deployments);
        try (Statement sql = connection.createStatement()) {
            if (superuser) {
                long indexStarted = System.nanoTime();
                sql.execute("set local maintenance_work_mem = '256MB'");
                for (String statement : rebuild) {
                    sql.execute(statement);
                }
                System.out.printf("acr_month's %d indexes built again in %.1f s%n", rebuild.size(),
                        (System.nanoTime() - indexStarted) / 1e9);
                // Statistics first, so that each check below is planned as the hash anti-join it should be (on
                // tables the planner still took for nearly empty, the checks ran as nested loops: 219 s).
                long analyzeStarted = System.nanoTime();
                sql.execute("analyze " + LOADED);
                System.out.printf("analyze %.1f s%n", (System.nanoTime() - analyzeStarted) / 1e9);
                long checkStarted = System.nanoTime();
                sql.execute("set local session_replication_role = origin");
                checkForeignKeys(sql);
                System.out.printf("foreign keys checked (one anti-join each) in %.1f s%n",
                        (System.nanoTime() - checkStarted) / 1e9);
            }
            // The generated months were never closed, so no scorecard of theirs is on record and every first visit
            // of a dashboard would score its 23 closed months on the request. A program of 24 closes has them
            // recorded: the portal's own month close records them (set-based, web.ledger.ScoreLedger.close), at its
            // next start or close check, once these months are no longer marked closed.
            try (var reopen = connection.prepareStatement("delete from ledger_month_close where as_of >= ?")) {
                reopen.setObject(1, last.minusMonths(months - 1).atDay(1));
                System.out.printf("%d month closes from %s on removed: the portal's month close records those months"
                        + " (at its next start, or its close check within portal.ledger.close-check-every)%n",
                        reopen.executeUpdate(), last.minusMonths(months - 1));
            }
            long commitStarted = System.nanoTime();
            connection.commit();
            System.out.printf("commit %.1f s%n", (System.nanoTime() - commitStarted) / 1e9);
            connection.setAutoCommit(true);
            if (!superuser) {
                long analyzeStarted = System.nanoTime();
                sql.execute("analyze " + LOADED);
                System.out.printf("analyze %.1f s%n", (System.nanoTime() - analyzeStarted) / 1e9);
            }
        }
        counts.forEach((table, rows) -> System.out.printf("  %-26s %,12d rows%n", table, rows));
    }

    static final String LOADED = "partner, customer, customer_association, acr_month, professional,"
            + " professional_association, certification, deployment";

    /**
     * Drops the indexes of {@code table} (its primary key included) and returns the statements that build them again
     * exactly as the catalogue defines them: building an index once over the loaded rows (a sort, on every core
     * PostgreSQL may use) costs a fraction of keeping it up to date row by row during the COPY. In the load's
     * transaction: nobody sees the table without them, and a failure rolls the drop back too. Refuses a table that
     * another table's foreign key references (its unique index would be needed).
     */
    static List<String> dropIndexes(Statement sql, String table) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> builds = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                select count(*) from pg_constraint where contype = 'f' and confrelid = '%s'::regclass"""
                .formatted(table))) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException(table + " is referenced by a foreign key: its indexes stay");
            }
        }
        try (ResultSet rows = sql.executeQuery("""
                select c.conname, pg_get_constraintdef(c.oid), i.relname, pg_get_indexdef(i.oid)
                  from pg_index x join pg_class i on i.oid = x.indexrelid
                  left join pg_constraint c on c.conindid = x.indexrelid and c.conrelid = x.indrelid
                 where x.indrelid = '%s'::regclass order by x.indisprimary desc, i.relname""".formatted(table))) {
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    drops.add("alter table " + table + " drop constraint " + rows.getString(1));
                    builds.add("alter table " + table + " add constraint " + rows.getString(1) + " "
                            + rows.getString(2));
                } else {
                    drops.add("drop index " + rows.getString(3));
                    builds.add(rows.getString(4));
                }
            }
        }
        for (String drop : drops) {
            sql.execute(drop);
        }
        return builds;
    }

    /** Takes {@code count} ids of the table's identity sequence; returns the first. */
    static long reserve(Statement sql, String table, long count) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
            rows.next();
            long first = rows.getLong(1);
            if (count > 1) {
                sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + count - 1)
                        + ")");
            }
            return first;
        }
    }

    /** Every foreign key of the loaded tables, checked for the generated partners by one anti-join each. */
    static void checkForeignKeys(Statement sql) throws SQLException {
        String[][] keys = {
                {"customer", "partner", "c.partner_id = p.partner_id", "c.partner_id"},
                {"customer_association", "customer", "c.partner_id = p.partner_id and c.customer_ref = p.id",
                        "c.partner_id"},
                {"acr_month", "customer", "c.partner_id = p.partner_id and c.customer_ref = p.id", "c.partner_id"},
                {"professional", "partner", "c.partner_id = p.partner_id", "c.partner_id"},
                {"professional_association", "professional",
                        "c.partner_id = p.partner_id and c.professional_ref = p.id", "c.partner_id"},
                {"certification", "professional", "c.partner_id = p.partner_id and c.professional_ref = p.id",
                        "c.partner_id"},
                {"deployment", "customer", "c.partner_id = p.partner_id and c.customer_ref = p.id", "c.partner_id"}};
        for (String[] key : keys) {
            try (ResultSet rows = sql.executeQuery("select count(*) from " + key[0] + " c where " + key[3]
                    + " like '" + PREFIX + "%' and not exists (select 1 from " + key[1] + " p where " + key[2]
                    + ")")) {
                rows.next();
                if (rows.getLong(1) != 0) {
                    throw new IllegalStateException(rows.getLong(1) + " rows of " + key[0]
                            + " have no " + key[1] + ": rolled back");
                }
            }
        }
    }

    interface Rows {
        void write(Out out);
    }

    void copy(PGConnection pg, String target, Rows rows) throws SQLException {
        long started = System.nanoTime();
        CopyIn copy = pg.getCopyAPI().copyIn("copy " + target + " from stdin");
        Out out = new Out(copy);
        try {
            rows.write(out);
            out.flush();
            long written = copy.endCopy();
            String table = target.substring(0, target.indexOf(' '));
            counts.merge(table, written, Long::sum);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%-26s %,12d rows in %6.1f s (%,.0f rows/s)%n", table, written, seconds,
                    written / seconds);
        } catch (RuntimeException | SQLException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    /** COPY text format, written in 256 KB blocks. */
    static final class Out {
        final CopyIn copy;
        final byte[] buffer = new byte[1 << 18];
        int length;

        Out(CopyIn copy) {
            this.copy = copy;
        }

        Out text(String value) {
            ensure(value.length());
            for (int i = 0; i < value.length(); i++) {
                buffer[length++] = (byte) value.charAt(i); // generated values are ASCII, without tabs or backslashes
            }
            return this;
        }

        Out tab() {
            ensure(1);
            buffer[length++] = '\t';
            return this;
        }

        Out nul() {
            return text("\\N");
        }

        Out number(long value) {
            return text(Long.toString(value));
        }

        Out cents(long cents) {
            return text(Long.toString(cents / 100)).text(".").text(cents % 100 < 10 ? "0" : "")
                    .text(Long.toString(cents % 100));
        }

        void end() {
            ensure(1);
            buffer[length++] = '\n';
        }

        void ensure(int bytes) {
            if (length + bytes > buffer.length) {
                flush();
            }
        }

        void flush() {
            try {
                copy.writeToCopy(buffer, 0, length);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            length = 0;
        }
    }

    void partners(Out out) {
        for (int n = 1; n <= partners; n++) {
            out.text(partnerId(n)).tab().text("Scale partner " + n).end();
        }
    }

    /** The first id of partner n's customers (their ids are consecutive). */
    long[] firstIds(java.util.function.IntUnaryOperator count, long base) {
        long[] first = new long[partners + 2];
        first[1] = base;
        for (int n = 1; n <= partners; n++) {
            first[n + 1] = first[n] + count.applyAsInt(n);
        }
        return first;
    }

    void customers(Out out) {
        long[] first = firstIds(this::customers, customerBase);
        for (int n = 1; n <= partners; n++) {
            SplittableRandom random = random(n, 2);
            for (int c = 0; c < customers(n); c++) {
                out.text(partnerId(n)).tab().number(first[n] + c).tab().text("C-%05d".formatted(c + 1)).tab()
                        .text("Customer " + (c + 1)).tab().text(SEGMENTS[random.nextInt(SEGMENTS.length)]).end();
            }
        }
    }

    /** One association per customer: APPROVED, or SUBMITTED (1 %) and waiting for review. */
    void customerAssociations(Out out) {
        long[] first = firstIds(this::customers, customerBase);
        long[] ids = firstIds(this::customers, customerAssociationBase);
        String submitted = last.atDay(1).minusMonths(months) + " 09:00:00+00";
        String decided = last.atDay(1).minusMonths(months) + " 15:00:00+00";
        for (int n = 1; n <= partners; n++) {
            SplittableRandom random = random(n, 3);
            for (int c = 0; c < customers(n); c++) {
                boolean pending = random.nextInt(100) == 0;
                out.text(partnerId(n)).tab().number(ids[n] + c).tab().number(first[n] + c).tab()
                        .text(TYPES[random.nextInt(TYPES.length)]).tab().text("ref-" + (c + 1)).tab()
                        .text(pending ? "SUBMITTED" : "APPROVED").tab().text(DECIDER).tab().text(submitted).tab();
                if (pending) {
                    out.nul().tab().nul();
                } else {
                    out.text(DECIDER).tab().text(decided);
                }
                out.end();
            }
        }
    }

    /**
     * ACR of every customer from its first month to the last: a base amount (log-uniform, 50–50,000 USD) growing by
     * -4 % … +6 % a month.
     */
    void acr(Out out) {
        long[] first = firstIds(this::customers, customerBase);
        String[] monthText = new String[months];
        for (int m = 0; m < months; m++) {
            monthText[m] = last.minusMonths(months - 1 - m).atDay(1).toString();
        }
        for (int n = 1; n <= partners; n++) {
            SplittableRandom random = random(n, 4);
            String partner = partnerId(n);
            for (int c = 0; c < customers(n); c++) {
                int start = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(months - 1);
                double amount = 50 * Math.pow(1000, random.nextDouble());
                String ref = Long.toString(first[n] + c);
                for (int m = start; m < months; m++) {
                    out.text(partner).tab().text(ref).tab().text(monthText[m]).tab()
                            .cents(Math.round(amount * 100)).end();
                    amount *= 0.96 + random.nextDouble() * 0.10;
                }
            }
        }
    }

    void professionals(Out out) {
        long[] first = firstIds(this::professionals, professionalBase);
        for (int n = 1; n <= partners; n++) {
            for (int p = 0; p < professionals(n); p++) {
                out.text(partnerId(n)).tab().number(first[n] + p).tab().text("S" + n + "-" + (p + 1)).tab()
                        .text("Professional " + (p + 1)).end();
            }
        }
    }

    void professionalAssociations(Out out) {
        long[] first = firstIds(this::professionals, professionalBase);
        long[] ids = firstIds(this::professionals, professionalAssociationBase);
        String submitted = last.atDay(1).minusMonths(months) + " 09:00:00+00";
        String decided = last.atDay(1).minusMonths(months) + " 15:00:00+00";
        for (int n = 1; n <= partners; n++) {
            SplittableRandom random = random(n, 5);
            for (int p = 0; p < professionals(n); p++) {
                boolean pending = random.nextInt(100) < 3;
                out.text(partnerId(n)).tab().number(ids[n] + p).tab().number(first[n] + p).tab()
                        .text(pending ? "SUBMITTED" : "APPROVED").tab().text(DECIDER).tab().text(submitted).tab();
                if (pending) {
                    out.nul().tab().nul();
                } else {
                    out.text(DECIDER).tab().text(decided);
                }
                out.end();
            }
        }
    }

    /** 1–3 distinct certifications, earned in the 36 months before the last month; 60 % expire a year later. */
    void certifications(Out out) {
        long[] first = firstIds(this::professionals, professionalBase);
        LocalDate end = last.atEndOfMonth();
        for (int n = 1; n <= partners; n++) {
            SplittableRandom random = random(n, 6);
            for (int p = 0; p < professionals(n); p++) {
                int held = 1 + random.nextInt(3);
                Set<Integer> picked = new HashSet<>();
                while (picked.size() < held) {
                    picked.add(random.nextInt(CERTIFICATIONS.length));
                }
                for (int certification : picked.stream().sorted().toList()) {
                    LocalDate earned = end.minusDays(random.nextInt(3 * 365));
                    out.text(partnerId(n)).tab().number(first[n] + p).tab().text(CERTIFICATIONS[certification])
                            .tab().text(earned.toString()).tab();
                    if (random.nextInt(10) < 6) {
                        out.text(earned.plusYears(1).toString());
                    } else {
                        out.nul();
                    }
                    out.end();
                }
            }
        }
    }

    /** Deployments on random customers of the partner, service level 1–3, in the 24 months before the last. */
    void deployments(Out out) {
        long[] customers = firstIds(this::customers, customerBase);
        long[] ids = firstIds(this::deployments, deploymentBase);
        LocalDate end = last.atEndOfMonth();
        for (int n = 1; n <= partners; n++) {
            SplittableRandom random = random(n, 7);
            Set<String> seen = new HashSet<>();
            List<String> rows = new ArrayList<>();
            while (rows.size() < deployments(n)) {
                long customer = customers[n] + random.nextInt(customers(n));
                String service = SERVICES[random.nextInt(SERVICES.length)];
                int level = 1 + random.nextInt(3);
                LocalDate on = end.minusDays(random.nextInt(730));
                String row = customer + "\t" + service + "\t" + level + "\t" + on;
                if (seen.add(row)) {
                    rows.add(row);
                }
            }
            for (int d = 0; d < rows.size(); d++) {
                out.text(partnerId(n)).tab().number(ids[n] + d).tab().text(rows.get(d)).end();
            }
        }
    }
}
