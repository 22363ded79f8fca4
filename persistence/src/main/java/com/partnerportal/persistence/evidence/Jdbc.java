package com.partnerportal.persistence.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers for the set-based import statements. */
final class Jdbc {

    private Jdbc() {
    }

    /** Runs a batch and returns how many rows it inserted or changed. */
    static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            if (count > 0) {
                total += count;
            } else if (count == Statement.SUCCESS_NO_INFO) {
                total++;
            }
        }
        return total;
    }

    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    static <T> int batch(Connection connection, String sql, Iterable<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            int changed = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == 1000) {
                    changed += sum(statement.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                changed += sum(statement.executeBatch());
            }
            return changed;
        }
    }
}
