package com.partnerportal.web.launch;

import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Decides, before Quarkus starts, whether the portal needs the embedded PostgreSQL. It reads the configuration
 * as Quarkus will — through SmallRye Config, every source Quarkus reads (system properties, environment,
 * {@code .env}, {@code config/application.properties}, {@code application.properties}) and with the active
 * profile — so a datasource URL set anywhere is seen:
 * <ul>
 * <li>a datasource URL is configured: that database ({@link Kind#EXTERNAL});</li>
 * <li>none, and {@code portal.embedded-db} is true (env {@code PORTAL_EMBEDDED_DB=true}; {@code application.properties}
 * sets it for the {@code demo} and {@code dev} profiles): the embedded PostgreSQL ({@link Kind#EMBEDDED});</li>
 * <li>neither: the portal must not start ({@link Kind#MISSING}) — production never falls back to an empty local
 * database.</li>
 * </ul>
 */
public record DatabaseChoice(Kind kind, String profile, SmallRyeConfig config) {

    public enum Kind { EXTERNAL, EMBEDDED, MISSING }

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED = "portal.embedded-db";
    static final String DATA_DIR = "portal.embedded-db.data-dir";
    static final String PORT = "portal.embedded-db.port";

    /** The one line the launcher prints when production has no database. */
    public static final String MISSING_MESSAGE = "No database configured: set QUARKUS_DATASOURCE_JDBC_URL, "
            + "QUARKUS_DATASOURCE_USERNAME/_PASSWORD (the runtime role) and QUARKUS_FLYWAY_USERNAME/_PASSWORD (the "
            + "owner role), see docs/operations.md; or PORTAL_EMBEDDED_DB=true for a local embedded PostgreSQL "
            + "(never in production).";

    /** The choice for this process: the real environment, system properties and working directory. */
    public static DatabaseChoice ofThisProcess() {
        return of(System.getenv(), System.getProperties(), Path.of(System.getProperty("user.dir")));
    }

    public static DatabaseChoice of(Map<String, String> env, Properties systemProperties, Path workingDirectory) {
        SmallRyeConfig bootstrap = builder(env, systemProperties, workingDirectory).build();
        String profile = bootstrap.getOptionalValue("quarkus.profile", String.class).orElse("prod");
        SmallRyeConfig config = builder(env, systemProperties, workingDirectory).withProfile(profile).build();
        Kind kind;
        if (isConfigured(config, URL)) {
            kind = Kind.EXTERNAL;
        } else if (config.getOptionalValue(EMBEDDED, Boolean.class).orElse(false)) {
            kind = Kind.EMBEDDED;
        } else {
            kind = Kind.MISSING;
        }
        return new DatabaseChoice(kind, profile, config);
    }

    /** Where the embedded database keeps its data: {@code portal.embedded-db.data-dir}, else the XDG data home. */
    public Path dataDirectory(Map<String, String> env) {
        Optional<String> configured = config.getOptionalValue(DATA_DIR, String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return Path.of(configured.get()).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("capability-portal").resolve("pgdata");
    }

    public int port() {
        return config.getOptionalValue(PORT, Integer.class).orElse(0);
    }

    private static boolean isConfigured(SmallRyeConfig config, String key) {
        // The raw value: set to an expression that does not resolve still counts as configured, so Quarkus, not
        // the embedded database, answers it (naming the missing variable).
        String raw = config.getConfigValue(key).getRawValue();
        return raw != null && !raw.isBlank();
    }

    private static SmallRyeConfigBuilder builder(Map<String, String> env, Properties systemProperties,
                                                 Path workingDirectory) {
        ClassLoader classLoader = DatabaseChoice.class.getClassLoader();
        // The ordinals Quarkus gives these sources.
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(systemProperties, "system properties", 400))
                .withSources(new EnvConfigSource(env, 300))
                .withSources(DotEnvConfigSourceProvider.dotEnvSources(
                        workingDirectory.resolve(".env").toUri().toString(), classLoader))
                .withSources(PropertiesConfigSourceLoader.inFileSystem(
                        workingDirectory.resolve("config").resolve("application.properties").toUri().toString(), 260,
                        classLoader))
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, classLoader));
    }
}
