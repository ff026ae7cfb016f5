package app.lexdesk.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server started as a child process of this JVM, with its output in a log file and a pid file that names
 * both the child and its owner. A child whose owner died without stopping it (a crashed or killed run) is
 * found by {@link #stopOrphans(Path)} and stopped before new servers start.
 */
final class ChildProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path pidFile;
    private final String stopSignal;

    private ChildProcess(String name, Process process, Path pidFile, String stopSignal) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
        this.stopSignal = stopSignal;
    }

    /**
     * Starts {@code command}; output goes to {@code logFile}. {@code stopSignal} is what {@link #close()} sends
     * first (PostgreSQL wants INT for a fast shutdown; TERM makes it wait for clients).
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logFile, Path runDir, String stopSignal) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(runDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = runDir.resolve(name + "-" + process.pid() + ".pid");
            Files.writeString(pidFile, process.pid() + " " + ProcessHandle.current().pid() + "\n");
            log.info("Started {} (pid {}), log: {}", name, process.pid(), logFile);
            return new ChildProcess(name, process, pidFile, stopSignal);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop(process.toHandle(), stopSignal, Duration.ofSeconds(30));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", pidFile, e.getMessage());
        }
        log.info("Stopped {}", name);
    }

    /** Stops every child recorded under {@code runDir} whose owning JVM is gone. */
    static void stopOrphans(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String[] pids = Files.readString(pidFile, StandardCharsets.UTF_8).trim().split("\\s+");
                long child = Long.parseLong(pids[0]);
                long owner = pids.length > 1 ? Long.parseLong(pids[1]) : -1;
                boolean ownerAlive = ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
                if (ownerAlive) {
                    continue;
                }
                Optional<ProcessHandle> orphan = ProcessHandle.of(child).filter(ProcessHandle::isAlive);
                if (orphan.isPresent()) {
                    log.warn("Stopping {} left running by a run that ended without stopping it (pid {})",
                            pidFile.getFileName(), child);
                    stop(orphan.get(), "TERM", Duration.ofSeconds(20));
                }
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not check {} for orphaned dev services: {}", runDir, e.getMessage());
        }
    }

    private static void stop(ProcessHandle handle, String signal, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = handle.descendants().toList();
        signal(handle, signal);
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void signal(ProcessHandle handle, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(handle.pid())).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill binary: fall through to Java's TERM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handle.destroy();
    }
}
