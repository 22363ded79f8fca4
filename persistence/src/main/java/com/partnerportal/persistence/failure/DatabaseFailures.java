package com.partnerportal.persistence.failure;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** What a failure says about the database, for the web layer's error mapping (which reaches no JDBC type itself). */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether the failure, however wrapped, is that the database cannot be reached: no connection could be opened,
     * or none became free in time. Nothing was written then.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
