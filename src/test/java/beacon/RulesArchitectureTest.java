package beacon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules (periods, RAG, direction of travel) are plain Java: no Spring, no database. */
class RulesArchitectureTest {

  private final JavaClasses beacon =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("beacon");

  @Test
  void theRulesImportNothingFromSpringOrJdbc() {
    noClasses()
        .that()
        .resideInAPackage("beacon.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..", "jakarta..")
        .check(beacon);
  }

  @Test
  void theRulesDependOnNoOtherPartOfBeacon() {
    classes()
        .that()
        .resideInAPackage("beacon.rules..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "beacon.rules..")
        .check(beacon);
  }
}
