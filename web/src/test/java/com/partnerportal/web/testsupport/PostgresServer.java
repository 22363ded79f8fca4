package com.partnerportal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops, crashes and restarts a running embedded PostgreSQL by its data directory, with the same options it was
 * started with ({@code postmaster.opts}) — the way an operator or a crash would, behind the portal's back.
 */
public final class PostgresServer {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final Path dataDirectory;
    private final Path binary;
    private final List<String> options;

    private PostgresServer(Path dataDirectory, Path binary, List<String> options) {
        this.dataDirectory = dataDirectory;
        this.binary = binary;
        this.options = options;
    }

    /** The server running on this data directory now. */
    public static PostgresServer of(Path dataDirectory) {
        try {
            String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            Path binary = Path.of(opts.substring(0, opts.indexOf(' ')));
            List<String> args = new ArrayList<>();
            Matcher matcher = QUOTED.matcher(opts);
            while (matcher.find()) {
                args.add(matcher.group(1));
            }
            // "-D <dir>" is given to pg_ctl itself.
            int d = args.indexOf("-D");
            if (d >= 0) {
                args.remove(d + 1);
                args.remove(d);
            }
            return new PostgresServer(dataDirectory, binary, List.copyOf(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL to the postmaster and every process it started, as a crash would; waits until all are gone. */
    public void crash() {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (all.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL processes survived SIGKILL: " + all);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    /** A fast shutdown (SIGINT, as pg_ctl stop -m fast sends): open connections are closed; waits until it is down. */
    public void stop() {
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -INT " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (postmaster.isAlive()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not stop");
            }
            sleep(Duration.ofMillis(50));
        }
    }

    /** Starts the server again with the options it had (after a crash: with crash recovery). */
    public void start() {
        pgCtl(List.of("-o", String.join(" ", options), "-l", dataDirectory.resolveSibling(
                dataDirectory.getFileName() + "-restart.log").toString(), "-w", "-t", "60", "start"));
    }

    private void pgCtl(List<String> arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses to run as root; zonky does the same
        }
        command.add(binary.resolveSibling("pg_ctl").toString());
        command.addAll(List.of("-D", dataDirectory.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl failed: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
