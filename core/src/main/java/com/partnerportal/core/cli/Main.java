package com.partnerportal.core.cli;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.EvidenceValidationException;
import com.partnerportal.core.evidence.json.Problem;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.core.scoring.RuleSets;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The command line: {@code capscore score FILE.json|- [--format json|text] [--rules ID] [--boundary YYYY-MM]} and
 * {@code capscore rules [--boundary YYYY-MM]}. {@code score} picks the rule set in force for the evidence's month
 * (the 2026 rules from the boundary month on, 2026-05 unless told) or the one {@code --rules} names. Exit 0 with
 * the scorecard on stdout; exit 2 with one line per problem (each naming its JSON path) on stderr and nothing on
 * stdout for invalid evidence; exit 2 with a message for an unknown rule set, and with the usage for bad
 * arguments or an unreadable file.
 */
public final class Main {

    public static final int OK = 0;
    public static final int INVALID = 2;

    static final String USAGE = """
            usage: capscore score FILE.json [--format json|text] [--rules ID] [--boundary YYYY-MM]
                   capscore score - [...]                     (reads the evidence from stdin)
                   capscore rules [--boundary YYYY-MM]
              score: scores a Data & AI (Azure) evidence file (evidence v1) and prints the scorecard,
                     by the rule set in force for the evidence's month unless --rules names one.
              rules: lists the rule sets with the as-of months each applies to.
              --format json       the scorecard as JSON (default)
              --format text       a readable table with the next actions
              --rules ID          score with this rule set (see capscore rules)
              --boundary YYYY-MM  the first month of the 2026 rules (default 2026-05)
              exit 0: done; exit 2: invalid evidence, unknown rule set, unreadable file or bad arguments""";

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
        String rules = null;
        String boundary = null;
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return OK;
        }
        if (args.length == 0 || !(args[0].equals("score") || args[0].equals("rules"))) {
            return usage(err, args.length == 0 ? "no command" : "unknown command: " + args[0]);
        }
        boolean score = args[0].equals("score");
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (score && arg.equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (score && arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (score && arg.equals("--rules") && i + 1 < args.length) {
                rules = args[++i];
            } else if (score && arg.startsWith("--rules=")) {
                rules = arg.substring("--rules=".length());
            } else if (arg.equals("--boundary") && i + 1 < args.length) {
                boundary = args[++i];
            } else if (arg.startsWith("--boundary=")) {
                boundary = arg.substring("--boundary=".length());
            } else if (!score) {
                return usage(err, "unexpected argument: " + arg);
            } else if (arg.startsWith("--") || (arg.startsWith("-") && !arg.equals("-"))) {
                return usage(err, "unknown option: " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                return usage(err, "more than one file: " + arg);
            }
        }
        RuleSets choice;
        try {
            choice = boundary == null ? RuleSets.standard() : RuleSets.withBoundary(YearMonth.parse(boundary));
        } catch (DateTimeParseException e) {
            return usage(err, "not a month (YYYY-MM): " + boundary);
        }
        if (!score) {
            for (RuleSets.Period period : choice.periods()) {
                out.println(String.format(Locale.ROOT, "%-20s as-of months %-26s  %s", period.ruleSet().id(),
                        period.describe(), period.ruleSet().name()));
            }
            out.flush();
            return OK;
        }
        RuleSet chosen = null;
        if (rules != null) {
            chosen = RuleSets.byId(rules).orElse(null);
            if (chosen == null) {
                err.println("capscore: unknown rule set: " + rules + " (known: " + RuleSets.ids() + ")");
                return INVALID;
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

        Scorecard scorecard = chosen == null ? ScoreCalculator.score(evidence, choice)
                : ScoreCalculator.score(evidence, chosen);
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
