package com.partnerportal.persistence.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One portal node at a time through the part of start-up that registers the clustered scheduler's jobs: a
 * PostgreSQL session-level advisory lock, held on a connection of its own. Quarkus's Quartz scheduler looks up each
 * {@code @Scheduled} job and stores it when missing; two nodes starting at once both find it missing and the second
 * store fails ({@code ObjectAlreadyExistsException}, seen in TwoNodesIT on a clean CI run), so that node does not start.
 * Under this lock the second node finds the first one's jobs. A node that dies while holding it closes its connection,
 * which releases the lock.
 */
@ApplicationScoped
public class NodeStartLock {

    /** The advisory lock's key: any fixed number no other part of the portal locks on. */
    static final long KEY = 0x5043_5053_5441_5254L; // "PCPSTART"

    /** The lock, held until {@link #close()}. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        /** Releases the lock (closing the session would too) and returns the connection to the pool. */
        @Override
        public void close() throws SQLException {
            try (connection; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            }
        }
    }

    @Inject
    DataSource dataSource;

    /** Waits until no other node holds the lock, then holds it. */
    public Held acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            lock.execute();
            return new Held(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Whether another session holds the lock now (for tests and operators); never waits. */
    public boolean heldElsewhere() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement probe = connection.prepareStatement(
                        "select pg_try_advisory_lock(?) as taken")) {
            probe.setLong(1, KEY);
            try (var result = probe.executeQuery()) {
                result.next();
                boolean taken = result.getBoolean(1);
                if (taken) {
                    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                        unlock.setLong(1, KEY);
                        unlock.execute();
                    }
                }
                return !taken;
            }
        }
    }
}
