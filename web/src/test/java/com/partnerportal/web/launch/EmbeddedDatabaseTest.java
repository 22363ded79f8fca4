package com.partnerportal.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.web.launch.EmbeddedDatabase.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL the launcher starts: passwords, localhost only, durable, two roles, kept between runs. */
class EmbeddedDatabaseTest {

    @TempDir
    Path parent;

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase db, Credentials credentials) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), credentials.user(), credentials.password());
    }

    @Test
    void itAsksForPasswordsListensOnLocalhostKeepsDurableDefaultsAndKeepsItsDataBetweenRuns() throws Exception {
        Path dataDir = parent.resolve("pgdata");
        Credentials oldRuntime;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0, false)) {
            try (Connection superuser = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + db.port() + "/postgres", db.superuser().user(),
                    db.superuser().password())) {
                assertThat(show(superuser, "fsync")).isEqualTo("on");
                assertThat(show(superuser, "synchronous_commit")).isEqualTo("on");
                assertThat(show(superuser, "full_page_writes")).isEqualTo("on");
                assertThat(show(superuser, "listen_addresses")).isEqualTo("localhost");
                assertThat(show(superuser, "password_encryption")).isEqualTo("scram-sha-256");
            }
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust")
                    .contains("scram-sha-256");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dataDir.resolve(EmbeddedDatabase.SUPERUSER_PASSWORD_FILE)))).isEqualTo("rw-------");
            // No password, or a wrong one: refused, for every role.
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.RUNTIME, "guess").close())
                    .hasMessageContaining("password authentication failed");
            try (Connection owner = connect(db, db.owner()); Statement statement = owner.createStatement()) {
                statement.execute("create table kept (id int)");
                statement.execute("insert into kept values (42)");
            }
            try (Connection runtime = connect(db, db.runtime()); Statement statement = runtime.createStatement()) {
                assertThatThrownBy(() -> statement.execute("create table mine (id int)"))
                        .hasMessageContaining("permission denied for schema public");
            }
            oldRuntime = db.runtime();
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, 0, false)) {
            try (Connection owner = connect(again, again.owner()); Statement statement = owner.createStatement();
                 ResultSet rows = statement.executeQuery("select id from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
            // New passwords at every start: the last run's no longer work.
            assertThat(again.runtime().password()).isNotEqualTo(oldRuntime.password());
            assertThatThrownBy(() -> connect(again, oldRuntime).close()).isInstanceOf(SQLException.class);
        }
    }
}
