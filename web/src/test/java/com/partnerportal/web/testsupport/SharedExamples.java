package com.partnerportal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The evidence files of ../shared/examples with their expected scorecards, used as they are. */
public final class SharedExamples {

    private SharedExamples() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("shared.dir", "../../shared")).resolve("examples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Shared examples not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** Every evidence file (not the *.expected.json) in the examples folder. */
    public static List<Path> evidenceFiles() {
        try (Stream<Path> files = Files.list(dir())) {
            List<Path> evidence = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.toString().endsWith(".expected.json")).sorted().toList();
            if (evidence.isEmpty()) {
                throw new IllegalStateException("No evidence files in " + dir());
            }
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectedFor(Path evidence) {
        return evidence.resolveSibling(evidence.getFileName().toString().replace(".json", ".expected.json"));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
