package com.partnerportal.persistence.failure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void noConnectionHoweverWrappedIsUnreachable() {
        assertThat(DatabaseFailures.unreachable(new SQLTransientConnectionException("Acquisition timeout"))).isTrue();
        assertThat(DatabaseFailures.unreachable(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused"))))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseFailures.unreachable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("bug"))).isFalse();
    }
}
