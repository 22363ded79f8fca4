package com.partnerportal.web.launch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts the portal. {@link DatabaseChoice} reads the configuration (every source, the active profile): with a
 * datasource URL the portal uses that database; without one it starts the embedded PostgreSQL only where that
 * belongs (the {@code demo} and {@code dev} profiles, or {@code PORTAL_EMBEDDED_DB=true}) and stops it after
 * the application has shut down; otherwise it refuses to start with one line saying what to set.
 */
@QuarkusMain
public final class PortalMain {

    private static final Logger LOG = Logger.getLogger(PortalMain.class);

    private PortalMain() {
    }

    public static void main(String... args) {
        DatabaseChoice choice = DatabaseChoice.ofThisProcess();
        switch (choice.kind()) {
            case EXTERNAL -> Quarkus.run(args);
            case MISSING -> {
                System.err.println(DatabaseChoice.MISSING_MESSAGE);
                System.exit(1);
            }
            case EMBEDDED -> runWithEmbeddedDatabase(choice, args);
        }
    }

    private static void runWithEmbeddedDatabase(DatabaseChoice choice, String... args) {
        Path dataDir = choice.dataDirectory(System.getenv());
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, choice.port(), false);
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.runtime().user());
        System.setProperty("quarkus.datasource.password", database.runtime().password());
        System.setProperty("quarkus.flyway.username", database.owner().user());
        System.setProperty("quarkus.flyway.password", database.owner().password());
        LOG.infof("Embedded PostgreSQL (profile %s) on localhost:%d, data directory %s", choice.profile(),
                database.port(), dataDir);
        // Stop the database only once the application (and its connection pool) has shut down.
        // Quarkus leaves the start-up failure to the exit handler it is given: say it, or the portal ends in silence.
        Quarkus.run(null, (exitCode, failure) -> {
            if (failure != null) {
                LOG.error("The portal did not start", failure);
            }
            database.close();
            System.exit(exitCode);
        }, args);
    }
}
