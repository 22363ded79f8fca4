package com.partnerportal.web.launch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the portal. When no JDBC URL is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or
 * {@code -Dquarkus.datasource.jdbc.url}), an embedded PostgreSQL is started first, with a data directory that
 * persists between runs, and stopped after the application has shut down.
 */
@QuarkusMain
public final class PortalMain {

    private PortalMain() {
    }

    public static void main(String... args) {
        EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured(System.getenv(), System.getProperties());
        if (database == null) {
            Quarkus.run(args);
            return;
        }
        // Stop the database only once the application (and its connection pool) has shut down.
        Quarkus.run(null, (exitCode, failure) -> {
            database.close();
            System.exit(exitCode);
        }, args);
    }
}
