package beacon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * A command run while Beacon's web application is running on the same data directory uses that
 * application's PostgreSQL server, rather than starting its own: starting one would first stop the
 * running server (as a leftover of a killed run), pulling the database from under the web
 * application. The server's port is in the {@code postmaster.pid} file PostgreSQL keeps in the data
 * directory. With an external database ({@code spring.datasource.url}) nothing changes.
 */
class RunningDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment environment = event.getEnvironment();
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
      return;
    }
    Path directory =
        Path.of(environment.getProperty("beacon.database.directory", "data")).toAbsolutePath();
    portOfServerOn(directory)
        .ifPresent(
            port ->
                environment
                    .getPropertySources()
                    .addFirst(
                        new MapPropertySource(
                            "runningDatabase",
                            Map.of(
                                "spring.datasource.url",
                                "jdbc:postgresql://localhost:" + port + "/postgres",
                                "spring.datasource.username",
                                "postgres"))));
  }

  /** The port of a PostgreSQL server running on the directory, if one is. */
  static Optional<Integer> portOfServerOn(Path directory) {
    Path pidFile = directory.resolve("postmaster.pid");
    List<String> lines;
    try {
      lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
    } catch (IOException e) {
      return Optional.empty();
    }
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(
              process ->
                  process
                      .info()
                      .command()
                      .map(command -> command.contains("postgres"))
                      .orElse(true))
          .map(process -> port);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
