package com.partnerportal.web.testsupport;

import com.partnerportal.web.launch.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A real PostgreSQL 16 for every {@code @QuarkusTest}: the launcher's own {@link EmbeddedDatabase} (password
 * authentication, durable settings, the owner and runtime roles) in a fresh temporary data directory, started
 * once per test JVM (no Docker needed). Flyway migrates as the owner role; the portal connects as the runtime
 * role, as in production.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    public static synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                database = EmbeddedDatabase.start(Files.createTempDirectory("portal-test-pg"), 0, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "portal-test-pg-stop"));
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedDatabase db = database();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.runtime().user(),
                "quarkus.datasource.password", db.runtime().password(),
                "quarkus.flyway.username", db.owner().user(),
                "quarkus.flyway.password", db.owner().password());
    }

    @Override
    public void stop() {
        // Shared by every test profile of this JVM; stopped by the shutdown hook.
    }
}
