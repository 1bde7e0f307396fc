package beacon.cli;

import beacon.database.DatabaseSecret;
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
 * directory, and the passwords of its roles in the file Beacon keeps beside it. With an external
 * database ({@code spring.datasource.url}) nothing changes.
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
                            settings(
                                "jdbc:postgresql://localhost:" + port + "/postgres", directory))));
  }

  /**
   * Work as Beacon's own role, and migrate as the role that owns the tables, with the passwords
   * kept in the data directory.
   */
  private static Map<String, Object> settings(String url, Path directory) {
    return DatabaseSecret.in(directory)
        .<Map<String, Object>>map(
            secret ->
                Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    DatabaseSecret.APPLICATION,
                    "spring.datasource.password",
                    secret.applicationPassword(),
                    "spring.flyway.user",
                    DatabaseSecret.ADMINISTRATOR,
                    "spring.flyway.password",
                    secret.administratorPassword()))
        // a server an earlier Beacon started, which trusts every local connection
        .orElse(
            Map.of(
                "spring.datasource.url",
                url,
                "spring.datasource.username",
                DatabaseSecret.ADMINISTRATOR));
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
