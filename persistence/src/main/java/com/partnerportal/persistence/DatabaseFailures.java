package com.partnerportal.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the database is away (stopped, restarting, unreachable, or no connection to be had in
 * time) rather than a bug. The web layer answers those with 503.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text PostgreSQL cannot store (a NUL character, an unpaired surrogate): the input is bad, not the server
     * (SQLSTATE 22021 character_not_in_repertoire, 22P05 untranslatable_character).
     */
    public static boolean isUnstorableText(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && ("22021".equals(sql.getSQLState())
                    || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08xxx: connection exceptions; 57P01-57P03: admin/crash shutdown, cannot connect now.
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // Agroal's pool, when no connection could be had within quarkus.datasource.jdbc.acquisition-timeout.
        String message = e.getMessage();
        return message != null && message.contains("acquisition timeout");
    }
}
