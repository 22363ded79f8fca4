package com.partnerportal.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One review model moves every association: in the main sources of every module, an association's state is written
 * in one place only, {@code ReviewedAssociation.apply(Move)} — no field assignment elsewhere, no SQL that sets or
 * inserts it.
 */
class OneWriterOfStateTest {

    /**
     * A Java assignment {@code x.state = …;} (not {@code ==}, not inside a query string), SQL or JPQL
     * {@code set [a.]state}, or an SQL insert into an association table.
     */
    static final Pattern WRITES_STATE = Pattern.compile("^\\s*[\\w.]*\\bstate\\s*=(?!=)[^\"]*;\\s*$"
            + "|(?i:\\bset\\s+(\\w+\\.)?state\\s*=)|(?i:insert\\s+into\\s+(customer|professional)_association)");

    /** Only sources about associations can write an association's state in Java (other classes have other states). */
    static final Pattern ABOUT_ASSOCIATIONS = Pattern.compile("Association");

    static final Path WRITER = Path.of("com", "partnerportal", "persistence", "association",
            "ReviewedAssociation.java");

    @Test
    void anAssociationsStateIsWrittenInOnePlace() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> writes = new ArrayList<>();
        int writerLines = 0;
        for (String module : List.of("core", "persistence", "web")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    if (!ABOUT_ASSOCIATIONS.matcher(String.join("\n", lines)).find()) {
                        continue;
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        if (WRITES_STATE.matcher(lines.get(i)).find()) {
                            if (file.endsWith(WRITER)) {
                                writerLines++;
                            } else {
                                writes.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                            }
                        }
                    }
                }
            }
        }
        assertThat(writes).as("writes of an association's state outside ReviewedAssociation.apply").isEmpty();
        assertThat(writerLines).as("the one writer, ReviewedAssociation.apply, is found").isEqualTo(1);
    }

    @Test
    void thePatternFindsTheWaysAStateWasWrittenBefore() {
        assertThat(WRITES_STATE.matcher("        association.state = target;").find()).isTrue();
        assertThat(WRITES_STATE.matcher("        state = move.to();").find()).isTrue();
        assertThat(WRITES_STATE.matcher("  + \" set state = 'APPROVED', decided_by = ?\"").find()).isTrue();
        assertThat(WRITES_STATE.matcher("update CustomerAssociationEntity a set a.state = :s").find()).isTrue();
        assertThat(WRITES_STATE.matcher("\"insert into customer_association (partner_id, state)\"").find()).isTrue();
        assertThat(WRITES_STATE.matcher("if (association.state == AssociationState.SUBMITTED)").find()).isFalse();
        assertThat(WRITES_STATE.matcher("  where c.partnerId = :partner and a.state = :approved").find()).isFalse();
        assertThat(WRITES_STATE.matcher("  + \" a where a.state = :submitted\", Object[].class)").find()).isFalse();
    }
}
