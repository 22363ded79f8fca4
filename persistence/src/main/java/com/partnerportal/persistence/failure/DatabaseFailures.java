package com.partnerportal.persistence.failure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** What a failure says about the database, for the web layer's error mapping (which reaches no JDBC type itself). */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether the failure, however wrapped, is that the database cannot be reached: no connection could be opened,
     * none became free in time, the server is shutting down or restarting (SQLSTATE class 08, 57P01-57P03).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql)) {
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

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // Agroal's pool, when no connection could be had within quarkus.datasource.jdbc.acquisition-timeout.
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
