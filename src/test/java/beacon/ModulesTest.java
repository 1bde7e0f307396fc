package beacon;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each top-level package of Beacon, with the packages inside it, is one module, and the modules
 * depend on one another one way only: a module never reaches back, through any path, to one that
 * depends on it.
 */
class ModulesTest {

  private final JavaClasses beacon =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("beacon");

  @Test
  void noModuleDependsBackOnOneThatDependsOnIt() {
    slices().matching("beacon.(*)..").should().beFreeOfCycles().check(beacon);
  }

  @Test
  void theReadmesCodeMapNamesEveryModuleAndNoOther() throws IOException {
    Set<String> modules;
    try (Stream<Path> folders = Files.list(Path.of("src/main/java/beacon"))) {
      modules =
          folders
              .filter(Files::isDirectory)
              .map(folder -> folder.getFileName().toString())
              .collect(Collectors.toSet());
    }
    String readme = Files.readString(Path.of("README.md"));
    String map = readme.substring(readme.indexOf("<!-- code map"));
    Set<String> mapped = new HashSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(map);
    while (row.find()) {
      mapped.add(row.group(1));
    }
    assertThat(mapped).isEqualTo(modules);
  }

  @Test
  void noTemplateNamesAJavaClass() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      List<Path> naming =
          files
              .filter(Files::isRegularFile)
              .filter(file -> read(file).contains("T(beacon."))
              .toList();
      assertThat(naming).isEmpty();
    }
  }

  @Test
  void noClassIsOverThreeHundredLines() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> tooLong =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> read(file).lines().count() > 300)
              .map(Path::toString)
              .toList();
      assertThat(tooLong).isEmpty();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
