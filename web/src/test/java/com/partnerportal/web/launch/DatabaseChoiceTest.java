package com.partnerportal.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.launch.DatabaseChoice.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's decision reads every configuration source with the active profile, as Quarkus will. */
class DatabaseChoiceTest {

    static final String URL = "jdbc:postgresql://db.example.com:5432/portal";

    @TempDir
    Path workingDirectory;

    private DatabaseChoice choose(Map<String, String> env, Properties system) {
        return DatabaseChoice.of(env, system, workingDirectory);
    }

    private static Properties properties(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Test
    void productionWithoutADatasourceHasNoDatabaseAndNeverTheEmbeddedOne() {
        DatabaseChoice choice = choose(Map.of(), properties());
        assertThat(choice.profile()).isEqualTo("prod");
        assertThat(choice.kind()).isEqualTo(Kind.MISSING);
    }

    @Test
    void aUrlInTheEnvironmentOrASystemPropertyIsUsed() {
        assertThat(choose(Map.of("QUARKUS_DATASOURCE_JDBC_URL", URL), properties()).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(choose(Map.of(), properties("quarkus.datasource.jdbc.url", URL)).kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void aUrlInDotEnvIsSeen() throws IOException {
        Files.writeString(workingDirectory.resolve(".env"), "QUARKUS_DATASOURCE_JDBC_URL=" + URL + "\n");
        assertThat(choose(Map.of(), properties()).kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void aProdUrlInConfigApplicationPropertiesIsSeenAndADemoOneIsNotInProd() throws IOException {
        Path config = Files.createDirectories(workingDirectory.resolve("config"));
        Files.writeString(config.resolve("application.properties"), "%demo.quarkus.datasource.jdbc.url=" + URL + "\n",
                StandardCharsets.UTF_8);
        assertThat(choose(Map.of(), properties()).kind()).isEqualTo(Kind.MISSING);
        Files.writeString(config.resolve("application.properties"), "%prod.quarkus.datasource.jdbc.url=" + URL + "\n",
                StandardCharsets.UTF_8);
        assertThat(choose(Map.of(), properties()).kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void anUnresolvedExpressionCountsAsConfiguredSoQuarkusNamesWhatIsMissing() {
        assertThat(choose(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "${DB_URL}"), properties()).kind())
                .isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void theDemoAndDevProfilesOrAnExplicitOptInStartTheEmbeddedDatabase() {
        assertThat(choose(Map.of(), properties("quarkus.profile", "demo")).kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choose(Map.of("QUARKUS_PROFILE", "dev"), properties()).kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choose(Map.of("PORTAL_EMBEDDED_DB", "true"), properties()).kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choose(Map.of("PORTAL_EMBEDDED_DB", "false"), properties("quarkus.profile", "demo")).kind())
                .isEqualTo(Kind.MISSING);
        // A configured URL wins over the opt-in.
        assertThat(choose(Map.of("PORTAL_EMBEDDED_DB", "true", "QUARKUS_DATASOURCE_JDBC_URL", URL), properties())
                .kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void theEmbeddedDatabasesDirectoryAndPortComeFromAnySource() throws IOException {
        assertThat(choose(Map.of(), properties()).dataDirectory(Map.of("XDG_DATA_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/capability-portal/pgdata"));
        Path config = Files.createDirectories(workingDirectory.resolve("config"));
        Files.writeString(config.resolve("application.properties"),
                "portal.embedded-db.data-dir=/srv/pgdata\nportal.embedded-db.port=54321\n");
        DatabaseChoice choice = choose(Map.of(), properties("quarkus.profile", "demo"));
        assertThat(choice.dataDirectory(Map.of())).isEqualTo(Path.of("/srv/pgdata"));
        assertThat(choice.port()).isEqualTo(54321);
        DatabaseChoice fromEnv = choose(Map.of("PORTAL_EMBEDDED_DB_DATA_DIR", "/var/pg"), properties());
        assertThat(fromEnv.dataDirectory(Map.of())).isEqualTo(Path.of("/var/pg"));
    }

    @Test
    void theLauncherRefusesToStartProductionWithoutADatabaseWithOneLine() throws Exception {
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PortalMain.class.getName())
                .directory(workingDirectory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(workingDirectory.resolve("stderr.txt").toFile());
        process.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("PORTAL_"));
        Process started = process.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).isEqualTo(1);
        assertThat(Files.readAllLines(workingDirectory.resolve("stderr.txt")))
                .containsExactly(DatabaseChoice.MISSING_MESSAGE);
    }
}
