package com.partnerportal.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.audit.AuditTrailPrivileges;
import com.partnerportal.web.launch.EmbeddedDatabase.Credentials;
import com.partnerportal.web.testsupport.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Two roles: Flyway migrated as the owner; the portal connects as the runtime role, which may read and append to
 * the audit trail but not change, delete or truncate it, nor switch its triggers off.
 */
@QuarkusTest
class DatabaseRolesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrailPrivileges privileges;

    private long appendOne() {
        return QuarkusTransaction.requiringNew().call(
                () -> audit.record("roles-test", "TEST_EVENT", null, "test", "1", null, "{}", "roles").id);
    }

    private static Connection connect(Credentials credentials) throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.database().jdbcUrl(), credentials.user(),
                credentials.password());
    }

    @Test
    void thePortalConnectsAsTheRuntimeRoleAndTheOwnerOwnsTheSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_user, (select tableowner from pg_tables"
                     + " where tablename = 'audit_event'), (select tableowner from pg_tables"
                     + " where tablename = 'flyway_schema_history')")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(EmbeddedDatabase.RUNTIME);
            assertThat(rows.getString(2)).isEqualTo(EmbeddedDatabase.OWNER);
            assertThat(rows.getString(3)).isEqualTo(EmbeddedDatabase.OWNER);
        }
        assertThat(privileges.ofCurrentRole().excess()).isEmpty();
    }

    @Test
    void theRuntimeRolesOwnConnectionMayAppendButNotRewriteTheAuditTrail() throws SQLException {
        long id = appendOne();
        try (Connection runtime = connect(PostgresTestResource.database().runtime());
             Statement statement = runtime.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select count(*) from audit_event where id = " + id)) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
            statement.execute("insert into audit_event (actor, action, entity_type) values ('roles-test', 'APPEND', 'test')");
            for (String sql : new String[] {
                    "update audit_event set actor = 'mallory' where id = " + id,
                    "delete from audit_event where id = " + id,
                    "truncate audit_event",
                    "alter table audit_event disable trigger audit_event_no_update_or_delete",
                    "alter table audit_event disable trigger all",
                    "drop trigger audit_event_no_truncate on audit_event",
                    "update flyway_schema_history set success = false"}) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"))
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
        try (Connection owner = connect(PostgresTestResource.database().owner());
             Statement statement = owner.createStatement();
             ResultSet rows = statement.executeQuery("select actor from audit_event where id = " + id)) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("roles-test");
        }
    }

    @Test
    void evenTheOwnerMeetsTheAppendOnlyTriggers() throws SQLException {
        long id = appendOne();
        try (Connection owner = connect(PostgresTestResource.database().owner());
             Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_event set actor = 'mallory' where id = " + id))
                    .hasMessageContaining("audit_event is append-only: UPDATE is not allowed");
            assertThatThrownBy(() -> statement.execute("delete from audit_event where id = " + id))
                    .hasMessageContaining("audit_event is append-only: DELETE is not allowed");
        }
    }
}
