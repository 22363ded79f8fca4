package com.partnerportal.persistence.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Two nodes starting at once run {@code afterMigrate.sql} at once, after Flyway released its own lock: the second waits
 * for the first's transaction and then grants again, instead of failing with "tuple concurrently updated" (which made
 * a node of TwoNodesIT fail to start).
 */
@QuarkusTest
class AfterMigrateTest {

    static final String PROBE_ROLE = "after_migrate_probe";

    @Inject
    AgroalDataSource dataSource;

    /** The callback's statements, for the probe role (comments dropped, split at the semicolons ending lines). */
    private static List<String> statements() throws IOException {
        try (InputStream in = AfterMigrateTest.class.getResourceAsStream("/db/migration/afterMigrate.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "").replace("${runtime_role}", PROBE_ROLE);
            return Arrays.stream(script.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void twoNodesRunningTheCallbackAtOnceTakeTurns() throws Exception {
        List<String> statements = statements();
        try (Connection setup = dataSource.getConnection(); Statement statement = setup.createStatement()) {
            statement.execute("do $$ begin create role " + PROBE_ROLE + "; exception when duplicate_object then null; end $$");
        }
        CompletableFuture<Void> second;
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            run(first, statements);
            second = CompletableFuture.runAsync(() -> {
                try (Connection other = dataSource.getConnection()) {
                    other.setAutoCommit(false);
                    run(other, statements);
                    other.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS))
                    .as("the second waits while the first's transaction is open").isInstanceOf(TimeoutException.class);
            first.commit();
        }
        second.get(10, TimeUnit.SECONDS);
        assertThat(second).as("the second granted after the first, without an error").isCompleted()
                .isNotCompletedExceptionally();
    }
}
