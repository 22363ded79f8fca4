package com.partnerportal.core.cli;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.EvidenceValidationException;
import com.partnerportal.core.evidence.json.Problem;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;

/**
 * The command line: {@code capscore score FILE.json|- [--format json|text]}. Exit 0 with the
 * scorecard on stdout; exit 2 with one line per problem (each naming its JSON path) on stderr and
 * nothing on stdout for invalid evidence; exit 2 with the usage for bad arguments or an unreadable
 * file.
 */
public final class Main {

    public static final int OK = 0;
    public static final int INVALID = 2;

    static final String USAGE = """
            usage: capscore score FILE.json [--format json|text]
                   capscore score - [--format json|text]     (reads the evidence from stdin)
              Scores a Data & AI (Azure) evidence file (evidence v1) and prints the scorecard.
              --format json   the scorecard as JSON (default)
              --format text   a readable table with the next actions
              exit 0: scored; exit 2: invalid evidence, unreadable file or bad arguments""";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The command line with its streams injected; returns the exit status. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String file = null;
        String format = "json";
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return OK;
        }
        if (args.length == 0 || !args[0].equals("score")) {
            return usage(err, args.length == 0 ? "no command" : "unknown command: " + args[0]);
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("--") || (arg.startsWith("-") && !arg.equals("-"))) {
                return usage(err, "unknown option: " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                return usage(err, "more than one file: " + arg);
            }
        }
        if (file == null) {
            return usage(err, "no evidence file");
        }
        if (!format.equals("json") && !format.equals("text")) {
            return usage(err, "unknown format: " + format);
        }

        Evidence evidence;
        try (InputStream in = file.equals("-") ? nonClosing(stdin) : Files.newInputStream(Paths.get(file))) {
            evidence = EvidenceJson.read(in);
        } catch (EvidenceValidationException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            return INVALID;
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return usage(err, "cannot read " + file + ": " + describe(e));
        }

        Scorecard scorecard = ScoreCalculator.score(evidence);
        out.println(format.equals("text") ? TextReport.render(scorecard) : ScorecardJson.write(scorecard));
        out.flush();
        return OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("capscore: " + problem);
        err.println(USAGE);
        return INVALID;
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof NoSuchFileException ? "no such file"
                : cause instanceof AccessDeniedException ? "access denied"
                : cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // stdin stays open
            }
        };
    }
}
