package beacon.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on Beacon's data directory by a Beacon process that was killed
 * (for example with {@code kill -9}): the server outlives it and keeps {@code postmaster.pid}, so a
 * new start would fail. It is asked to shut down (and made to, if it will not) before the new
 * start.
 */
final class LeftoverServer {

  private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Duration LOOK_EVERY = Duration.ofMillis(10);

  private LeftoverServer() {}

  static void stopIfRunning(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    Optional<ProcessHandle> server = serverNamedIn(pidFile);
    if (server.isEmpty()) {
      return; // a stale file: PostgreSQL removes it itself when it starts
    }
    ProcessHandle process = server.get();
    log.warn(
        "A database server (process {}) from an earlier run is still using {}; stopping it",
        process.pid(),
        dataDirectory);
    process.destroy();
    if (!waitForExit(process)) {
      log.warn("The earlier database server did not stop in {}; ending it", PATIENCE);
      process.destroyForcibly();
      waitForExit(process);
    }
  }

  private static Optional<ProcessHandle> serverNamedIn(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(LeftoverServer::isPostgres);
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.contains("postgres")).orElse(true);
  }

  /**
   * Waits for the process to end, looking every few milliseconds: the server is not a child of this
   * process, so the JDK's own wait for it looks only every third of a second or more.
   */
  private static boolean waitForExit(ProcessHandle process) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (process.isAlive()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(LOOK_EVERY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
