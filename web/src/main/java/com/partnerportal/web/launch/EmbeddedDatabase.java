package com.partnerportal.web.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL (zonky) for the demo, development and tests — never a fallback for production (see
 * {@link DatabaseChoice}). It is set up as a real server would be:
 * <ul>
 * <li>every connection authenticates with scram-sha-256 and a random password (no {@code trust}); the superuser's
 * password is kept in {@value #SUPERUSER_PASSWORD_FILE} inside the data directory (mode 0700, as initdb makes it);
 * the portal's two roles get new random passwords at every start;</li>
 * <li>it listens on localhost only;</li>
 * <li>it keeps PostgreSQL's durable defaults: {@code fsync=on}, {@code synchronous_commit=on},
 * {@code full_page_writes=on} (zonky's own defaults turn both off, which loses acknowledged commits when the
 * server dies);</li>
 * <li>two roles, as docs/operations.md asks of a real server: {@value #OWNER} owns the database and runs the
 * migrations, {@value #RUNTIME} is what the portal connects as (the grants are in the migrations' afterMigrate
 * callback).</li>
 * </ul>
 * A data directory made by an earlier version (trust authentication, tables owned by {@code postgres}) is
 * converted at its first start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "portal_owner";
    public static final String RUNTIME = "portal_app";
    static final String SUPERUSER_PASSWORD_FILE = "portal-superuser.password";

    /** Only local connections, each with a password checked by scram-sha-256. */
    static final String PG_HBA = """
            # Written by the portal's launcher (EmbeddedDatabase): password (scram-sha-256) for every connection.
            local   all             all                     scram-sha-256
            host    all             all     127.0.0.1/32    scram-sha-256
            host    all             all     ::1/128         scram-sha-256
            """;

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A login and its password. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Credentials superuser;
    private final Credentials owner;
    private final Credentials runtime;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, Credentials superuser, Credentials owner,
                             Credentials runtime) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.superuser = superuser;
        this.owner = owner;
        this.runtime = runtime;
    }

    /**
     * Starts an embedded PostgreSQL in {@code dataDir} (a fresh one, deleted again on close, when {@code clean}),
     * secures it and creates the portal's database and roles.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean) {
        Path pwfile = null;
        try {
            Files.createDirectories(dataDir);
            boolean initialised = !clean && Files.exists(dataDir.resolve("postgresql.conf"));
            Path passwordFile = dataDir.resolve(SUPERUSER_PASSWORD_FILE);
            boolean converting = initialised && !Files.exists(passwordFile);
            String superuserPassword = initialised && !converting
                    ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip()
                    : randomPassword();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky starts the server with -F (fsync off) and synchronous_commit=off: undo both.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setConnectConfig("password", superuserPassword);
            if (!initialised) {
                // initdb's options are passed as "--key=value" (zonky calls them locale options); the later
                // --auth overrides zonky's "-A trust".
                pwfile = secretFile(superuserPassword);
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            Credentials superuser = new Credentials(SUPERUSER, superuserPassword);
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir, superuser,
                    new Credentials(OWNER, randomPassword()), new Credentials(RUNTIME, randomPassword()));
            if (!Files.exists(passwordFile)) {
                writeSecret(passwordFile, superuserPassword);
            }
            database.secure(converting);
            database.createRolesAndDatabase();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL in " + dataDir, e);
        } finally {
            if (pwfile != null) {
                try {
                    Files.deleteIfExists(pwfile);
                } catch (IOException e) {
                    LOG.warn("Could not delete " + pwfile, e);
                }
            }
        }
    }

    /**
     * Password authentication for every connection. A data directory from before (trust for everyone) first gets
     * the superuser's password, then the new rules.
     */
    private void secure(boolean converting) throws SQLException, IOException {
        try (Connection connection = connect(SUPERUSER, superuser); Statement statement = connection.createStatement()) {
            if (converting) {
                LOG.infof("Converting the embedded PostgreSQL in %s to password authentication and two roles",
                        dataDirectory);
                statement.execute("alter role " + SUPERUSER + " password '" + superuser.password() + "'");
            }
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!PG_HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
                statement.execute("select pg_reload_conf()");
            }
        }
    }

    private void createRolesAndDatabase() throws SQLException {
        try (Connection connection = connect(SUPERUSER, superuser); Statement statement = connection.createStatement()) {
            for (Credentials role : new Credentials[] {owner, runtime}) {
                boolean exists;
                try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                    query.setString(1, role.user());
                    try (ResultSet rows = query.executeQuery()) {
                        exists = rows.next();
                    }
                }
                // Passwords are base64url: no quote can end the literal.
                statement.execute((exists ? "alter" : "create") + " role " + role.user()
                        + " login nosuperuser nocreatedb nocreaterole password '" + role.password() + "'");
            }
            boolean databaseExists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet rows = query.executeQuery()) {
                    databaseExists = rows.next();
                }
            }
            statement.execute(databaseExists
                    ? "alter database " + DATABASE + " owner to " + OWNER
                    : "create database " + DATABASE + " owner " + OWNER);
        }
        // A database from before the two roles: its objects belong to postgres; hand them to the owner role.
        try (Connection connection = connect(DATABASE, superuser); Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    declare r record;
                    begin
                      for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                                 and pg_get_userbyid(c.relowner) <> '%1$s' loop
                        execute format('alter %%s public.%%I owner to %1$s',
                                       case r.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
                                       r.relname);
                      end loop;
                      for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind = 'S' and pg_get_userbyid(c.relowner) <> '%1$s' loop
                        execute format('alter sequence public.%%I owner to %1$s', r.relname);
                      end loop;
                      for r in select p.oid::regprocedure as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                               where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s' loop
                        execute format('alter function %%s owner to %1$s', r.signature);
                      end loop;
                    end
                    $$""".formatted(OWNER));
        }
    }

    private Connection connect(String database, Credentials credentials) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database,
                credentials.user(), credentials.password());
    }

    /** The portal's database; connect with {@link #owner()} for migrations and {@link #runtime()} otherwise. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The role that owns the database and its objects: Flyway connects as it. */
    public Credentials owner() {
        return owner;
    }

    /** The role the portal connects as: no DDL, no UPDATE/DELETE/TRUNCATE on the audit trail. */
    public Credentials runtime() {
        return runtime;
    }

    public Credentials superuser() {
        return superuser;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path secretFile(String content) throws IOException {
        Path file = Files.createTempFile("portal-pg-", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
