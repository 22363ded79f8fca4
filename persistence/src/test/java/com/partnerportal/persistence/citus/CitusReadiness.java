package com.partnerportal.persistence.citus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one schema from PostgreSQL's catalog and lists every reason it could not be distributed by
 * {@code partner_id} (Citus, {@code docs/scaling.md}) as it stands:
 * <ul>
 *   <li>a <b>partner-scoped</b> table is one with a {@code not null} column {@code partner_id}: it must have a
 *       primary key, {@code partner_id} must be its first column, and the first column of every unique index
 *       (partial and expression indexes included);</li>
 *   <li>a foreign key between two partner-scoped tables must pair {@code partner_id} with {@code partner_id} as
 *       its first column (a co-located join);</li>
 *   <li>every other table must be named in {@code referenceTables} (replicated to every node); a reference table
 *       may not point at a partner-scoped table (Citus refuses reference → distributed foreign keys), while a
 *       partner-scoped table may point at a reference table;</li>
 *   <li>a name in {@code referenceTables} that is partner-scoped or missing is a mistake in the list.</li>
 * </ul>
 */
final class CitusReadiness {

    static final String DISTRIBUTION_COLUMN = "partner_id";

    private CitusReadiness() {
    }

    /** Every violation in {@code schema}, one sentence each; empty when the schema is ready. */
    static List<String> violations(Connection connection, String schema, Set<String> referenceTables,
            Set<String> ignored) throws SQLException {
        Map<String, Boolean> tables = tables(connection, schema, ignored);
        Set<String> partnerScoped = new TreeSet<>();
        tables.forEach((table, scoped) -> {
            if (scoped) {
                partnerScoped.add(table);
            }
        });
        List<String> violations = new ArrayList<>();
        for (String table : tables.keySet()) {
            if (!partnerScoped.contains(table) && !referenceTables.contains(table)) {
                violations.add(table + ": has no not-null partner_id and is not named as a reference table");
            }
        }
        for (String reference : new TreeSet<>(referenceTables)) {
            if (partnerScoped.contains(reference)) {
                violations.add(reference + ": named as a reference table but is partner-scoped");
            } else if (!tables.containsKey(reference)) {
                violations.add(reference + ": named as a reference table but does not exist");
            }
        }
        violations.addAll(keys(connection, schema, partnerScoped));
        violations.addAll(foreignKeys(connection, schema, partnerScoped, tables.keySet()));
        return violations;
    }

    /** Table name → whether it is partner-scoped. */
    private static Map<String, Boolean> tables(Connection connection, String schema, Set<String> ignored)
            throws SQLException {
        String sql = """
                select c.relname,
                       exists (select 1 from pg_attribute a
                               where a.attrelid = c.oid and a.attname = ? and a.attnotnull and not a.attisdropped)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname""";
        Map<String, Boolean> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, DISTRIBUTION_COLUMN);
            statement.setString(2, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!ignored.contains(rows.getString(1))) {
                        tables.put(rows.getString(1), rows.getBoolean(2));
                    }
                }
            }
        }
        return tables;
    }

    /** The primary key and every unique index of the partner-scoped tables. */
    private static List<String> keys(Connection connection, String schema, Set<String> partnerScoped)
            throws SQLException {
        String sql = """
                select c.relname, i.relname, x.indisprimary,
                       coalesce((select a.attname from pg_attribute a
                                 where a.attrelid = c.oid and a.attnum = x.indkey[0]), '(expression)')
                from pg_index x
                join pg_class c on c.oid = x.indrelid
                join pg_class i on i.oid = x.indexrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and x.indisunique
                order by c.relname, i.relname""";
        List<String> violations = new ArrayList<>();
        Set<String> withPrimaryKey = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!partnerScoped.contains(table)) {
                        continue;
                    }
                    boolean primary = rows.getBoolean(3);
                    if (primary) {
                        withPrimaryKey.add(table);
                    }
                    if (!DISTRIBUTION_COLUMN.equals(rows.getString(4))) {
                        violations.add(table + ": " + (primary ? "primary key " : "unique key ") + rows.getString(2)
                                + " starts with " + rows.getString(4) + ", not partner_id");
                    }
                }
            }
        }
        for (String table : partnerScoped) {
            if (!withPrimaryKey.contains(table)) {
                violations.add(table + ": partner-scoped but has no primary key");
            }
        }
        return violations;
    }

    /** Every foreign key of the schema, checked by the kinds of the two tables it joins. */
    private static List<String> foreignKeys(Connection connection, String schema, Set<String> partnerScoped,
            Set<String> tables) throws SQLException {
        String sql = """
                select c.relname, k.conname, r.relname,
                       (select a.attname from pg_attribute a where a.attrelid = k.conrelid and a.attnum = k.conkey[1]),
                       (select a.attname from pg_attribute a where a.attrelid = k.confrelid and a.attnum = k.confkey[1])
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_class r on r.oid = k.confrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and k.contype = 'f'
                order by c.relname, k.conname""";
        List<String> violations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    String constraint = rows.getString(2);
                    String referenced = rows.getString(3);
                    if (!tables.contains(table)) {
                        continue;
                    }
                    boolean fromScoped = partnerScoped.contains(table);
                    boolean toScoped = partnerScoped.contains(referenced);
                    if (fromScoped && toScoped && !(DISTRIBUTION_COLUMN.equals(rows.getString(4))
                            && DISTRIBUTION_COLUMN.equals(rows.getString(5)))) {
                        violations.add(table + ": foreign key " + constraint + " to " + referenced + " pairs "
                                + rows.getString(4) + " with " + rows.getString(5) + " first, not partner_id");
                    } else if (!fromScoped && toScoped) {
                        violations.add(table + ": reference table with foreign key " + constraint
                                + " to the partner-scoped table " + referenced);
                    }
                }
            }
        }
        return violations;
    }
}
