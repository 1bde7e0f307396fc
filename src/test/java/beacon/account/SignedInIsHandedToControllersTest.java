package beacon.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Who is signed in is read from the security context by the accounts and the security check alone
 * (and by the audit, for the database's record of who, and the start page, which serves the public
 * too): a controller is handed the signed-in {@link Account} as a parameter and tells the form or
 * service who saves, so no page or form can record anyone but the person whose request it serves.
 */
class SignedInIsHandedToControllersTest {

  private final JavaClasses beacon =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("beacon");

  @Test
  void noControllerFormOrServiceReadsWhoIsSignedInFromTheSecurityContext() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "beacon.account..", "beacon.security..", "beacon.audit..", "beacon.home..")
        .should()
        .accessClassesThat()
        .belongToAnyOf(SignedIn.class)
        .because("a controller is handed the signed-in Account and passes on who saves")
        .check(beacon);
  }
}
