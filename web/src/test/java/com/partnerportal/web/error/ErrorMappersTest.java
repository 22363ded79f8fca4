package com.partnerportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ErrorMappersTest {

    @Test
    void anUnreachableDatabaseIsA503HoweverWrapped() {
        Problem direct = ErrorMappers.unavailable(new SQLTransientConnectionException("Acquisition timeout"));
        assertThat(direct.status()).isEqualTo(503);
        Problem wrapped = ErrorMappers.unavailable(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new java.sql.SQLException("refused"))));
        assertThat(wrapped.status()).isEqualTo(503);
        assertThat(wrapped.detail()).contains("Nothing was changed");
    }

    @Test
    void otherFailuresAreNotUnavailability() {
        assertThat(ErrorMappers.unavailable(new IllegalStateException("bug"))).isNull();
    }
}
