package io.cloudstore.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the hexagon (STYLE.md §11). They name packages by pattern, so a module added
 * later (a new adapter under {@code io.cloudstore.adapter..}) is covered without editing this class.
 */
class ArchitectureTest {
  private static final String DOMAIN = "io.cloudstore.domain..";
  private static final String APPLICATION = "io.cloudstore.application..";
  private static final String PORT_IN = "io.cloudstore.application.port.in..";
  private static final String PORT_OUT = "io.cloudstore.application.port.out..";
  private static final String SERVICE = "io.cloudstore.application.service..";
  private static final String ADAPTER = "io.cloudstore.adapter..";
  private static final String BOOTSTRAP = "io.cloudstore.bootstrap..";

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.cloudstore");
  }

  @Test
  void the_domain_depends_on_nothing_but_the_jdk() {
    check(classes().that().resideInAPackage(DOMAIN)
        .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java.."));
  }

  /** javax.crypto is part of the JDK too: the cursor codec signs positions with HMAC. */
  @Test
  void the_application_depends_only_on_the_domain_and_the_jdk() {
    check(classes().that().resideInAPackage(APPLICATION)
        .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "javax.crypto.."));
  }

  @Test
  void driving_and_driven_ports_do_not_know_each_other() {
    check(noClasses().that().resideInAPackage(PORT_IN).should().dependOnClassesThat().resideInAPackage(PORT_OUT));
    check(noClasses().that().resideInAPackage(PORT_OUT).should().dependOnClassesThat().resideInAPackage(PORT_IN));
  }

  @Test
  void ports_never_reference_the_services() {
    check(noClasses().that().resideInAPackage("io.cloudstore.application.port..")
        .should().dependOnClassesThat().resideInAPackage(SERVICE));
  }

  @Test
  void adapters_never_reach_into_the_services() {
    check(noClasses().that().resideInAPackage(ADAPTER).should().dependOnClassesThat().resideInAPackage(SERVICE)
        .allowEmptyShould(false));
  }

  @Test
  void adapters_do_not_depend_on_each_other() {
    check(slices().assignedFrom(new AdapterSlices()).should().notDependOnEachOther());
  }

  @Test
  void nothing_depends_on_the_bootstrap() {
    check(noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
        .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP));
  }

  @Test
  void only_the_bootstrap_reads_the_environment() {
    check(noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
        .should().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class, String.class));
  }

  @Test
  void javalin_is_used_only_in_the_http_adapter() {
    check(noClasses().that().resideOutsideOfPackages("io.cloudstore.adapter.in.http..", BOOTSTRAP)
        .should().dependOnClassesThat().resideInAPackage("io.javalin.."));
  }

  @Test
  void the_aws_sdk_is_used_only_in_the_dynamodb_adapter() {
    check(noClasses().that().resideOutsideOfPackage("io.cloudstore.adapter.out.persistence.dynamodb..")
        .should().dependOnClassesThat().resideInAPackage("software.amazon.."));
  }

  @Test
  void services_are_use_case_implementations_named_after_them() {
    check(classes().that().resideInAPackage("io.cloudstore.application.service.*").and().arePublic()
        .and().areTopLevelClasses()
        .should().haveSimpleNameEndingWith("Service")
        .andShould().implement(JavaClass.Predicates.resideInAPackage(PORT_IN)));
  }

  @Test
  void ports_are_interfaces_in_the_application() {
    check(classes().that().resideInAPackage(PORT_OUT).and().haveSimpleNameEndingWith("Repository")
        .should().beInterfaces());
    check(classes().that().resideInAPackage(PORT_IN).and().haveSimpleNameEndingWith("UseCase")
        .should().beInterfaces());
  }

  @Test
  void implementations_of_driven_ports_live_in_adapters() {
    check(classes().that().implement(JavaClass.Predicates.resideInAPackage(PORT_OUT))
        .and().areNotAnonymousClasses()
        .should().resideInAPackage(ADAPTER));
  }

  @Test
  void there_are_no_package_cycles() {
    check(slices().matching("io.cloudstore.(**)").should().beFreeOfCycles());
  }

  private static void check(ArchRule rule) {
    rule.check(mainClasses);
  }

  /**
   * One slice per adapter: {@code adapter.in.<name>}, {@code adapter.out.persistence.<name>} or
   * {@code adapter.out.<name>}, whatever sub-packages it has.
   */
  private static final class AdapterSlices implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String pkg = javaClass.getPackageName();
      if (!pkg.startsWith("io.cloudstore.adapter.")) {
        return SliceIdentifier.ignore();
      }
      String[] parts = pkg.substring("io.cloudstore.adapter.".length()).split("\\.");
      int depth = parts.length > 1 && parts[0].equals("out") && parts[1].equals("persistence") ? 3 : 2;
      if (parts.length < depth) {
        return SliceIdentifier.ignore();
      }
      return SliceIdentifier.of(String.join(".", java.util.Arrays.copyOf(parts, depth)));
    }

    @Override
    public String getDescription() {
      return "adapters";
    }
  }
}
