package com.partnerportal.web.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL (zonky) for running the portal without a database server. Its data directory
 * persists between runs; the launcher stops it after Quarkus has shut down (zonky's own shutdown hook stops it
 * too when the JVM ends otherwise).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DATA_DIR_PROPERTY = "portal.embedded-db.data-dir";
    static final String DATA_DIR_ENV = "PORTAL_EMBEDDED_DB_DATA_DIR";
    static final String PORT_PROPERTY = "portal.embedded-db.port";
    static final String PORT_ENV = "PORTAL_EMBEDDED_DB_PORT";
    static final String DATABASE = "portal";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts an embedded PostgreSQL and points the datasource at it, unless a JDBC URL is configured.
     *
     * @return the started database, or {@code null} when a JDBC URL is configured
     */
    public static EmbeddedDatabase startUnlessConfigured(Map<String, String> env, Properties properties) {
        if (isSet(properties.getProperty(URL_PROPERTY)) || isSet(env.get(URL_ENV))) {
            return null;
        }
        Path dataDir = dataDirectory(env, properties);
        int port = Integer.parseInt(first(properties.getProperty(PORT_PROPERTY), env.get(PORT_ENV), "0"));
        EmbeddedDatabase database = start(dataDir, port, false);
        properties.setProperty(URL_PROPERTY, database.jdbcUrl());
        properties.setProperty("quarkus.datasource.username", "postgres");
        properties.setProperty("quarkus.datasource.password", "postgres");
        LOG.infof("Embedded PostgreSQL on port %d, data directory %s", database.port(), dataDir);
        return database;
    }

    /** Starts an embedded PostgreSQL in {@code dataDir} (a fresh one when {@code clean}) and creates the database. */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", clean ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    static Path dataDirectory(Map<String, String> env, Properties properties) {
        String configured = first(properties.getProperty(DATA_DIR_PROPERTY), env.get(DATA_DIR_ENV), null);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isSet(xdg) ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("capability-portal").resolve("pgdata");
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String first(String a, String b, String fallback) {
        return isSet(a) ? a : isSet(b) ? b : fallback;
    }
}
