package beacon.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL being started on a thread of its own, so that Beacon makes the rest of
 * its application meanwhile rather than waiting for the server first. The server is handed over
 * once, to the bean that serves it; a server never handed over (Beacon failed to start first) is
 * stopped when Beacon stops.
 */
final class EmbeddedServerStart implements DisposableBean {

  private final Path directory;
  private final CompletableFuture<EmbeddedServer> server;
  private boolean handedOver;

  private EmbeddedServerStart(Path directory, CompletableFuture<EmbeddedServer> server) {
    this.directory = directory;
    this.server = server;
  }

  /** Starts the server on its data directory, on a thread named {@code database-start}. */
  static EmbeddedServerStart begin(Path dataDirectory) {
    Path directory = dataDirectory.toAbsolutePath();
    CompletableFuture<EmbeddedServer> server = new CompletableFuture<>();
    Thread starting =
        new Thread(
            () -> {
              try {
                server.complete(EmbeddedServer.start(directory));
              } catch (IOException | RuntimeException | Error e) {
                server.completeExceptionally(e);
              }
            },
            "database-start");
    starting.setDaemon(true);
    starting.start();
    return new EmbeddedServerStart(directory, server);
  }

  /** True when this is the start of the server on that data directory. */
  boolean isOn(Path dataDirectory) {
    return directory.equals(dataDirectory.toAbsolutePath());
  }

  /**
   * The server, once it has started; it is the caller's to stop from then on.
   *
   * @throws IOException or the unchecked exception the start failed with
   */
  synchronized EmbeddedServer server() throws IOException {
    EmbeddedServer started = await();
    handedOver = true;
    return started;
  }

  private EmbeddedServer await() throws IOException {
    try {
      return server.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Stops the server if it started but was never handed over. */
  @Override
  public synchronized void destroy() {
    if (handedOver) {
      return;
    }
    handedOver = true;
    try {
      await().close();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // it did not start: there is nothing to stop
    }
  }
}
