package org.hortus.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module arrows of ARCHITECTURE.md, checked on the compiled classes of every module. */
class LayerRulesTest {

  private static JavaClasses hortus;

  @BeforeAll
  static void importClasses() {
    hortus =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hortus");
  }

  @Test
  void everyModuleIsImported() {
    // Guards the other rules: a rule over an empty set of classes would pass vacuously.
    for (String pkg : new String[] {"org.hortus.model", "org.hortus.devices", "org.hortus.app"}) {
      if (hortus.stream().noneMatch(c -> c.getPackageName().startsWith(pkg))) {
        throw new AssertionError("no classes found in " + pkg);
      }
    }
  }

  @Test
  void greenhouseModelIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("org.hortus.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "java.sql..",
            "javax.sql..",
            "java.net..",
            "java.nio.channels..",
            "io.netty..",
            "org.eclipse.milo..",
            "com.digitalpetri..",
            "org.hortus.devices..",
            "org.hortus.app..")
        .because(
            "the model runs the same in the live park, the simulator and tests: no UI, no"
                + " database, no sockets, no devices")
        .check(hortus);
  }

  @Test
  void greenhouseModelStartsNoThreads() {
    noClasses()
        .that()
        .resideInAPackage("org.hortus.model..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Thread")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.util.concurrent..")
        .because("controllers and the simulator are driven one step at a time by their caller")
        .check(hortus);
  }

  @Test
  void devicesKnowProtocolsNotGreenhouses() {
    noClasses()
        .that()
        .resideInAPackage("org.hortus.devices..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "java.sql..", "javax.sql..", "org.hortus.model..", "org.hortus.app..")
        .because("the device layer serves any site's PLCs and is linked to the model only in app")
        .check(hortus);
  }

  @Test
  void nothingDependsOnApp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.hortus.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hortus.app..")
        .because("app is the outermost layer: wiring and user interface")
        .check(hortus);
  }
}
