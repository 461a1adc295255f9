package org.claimdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.claimdesk.ClaimDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages stay free of cycles and keep their internals; views never reach data. */
class ModularityTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.claimdesk");

  @Test
  void feature_modules_have_no_cycles_and_use_only_each_others_api() {
    ApplicationModules.of(ClaimDeskApplication.class).verify();
  }

  @Test
  void views_never_touch_repositories() {
    noClasses()
        .that()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .check(CLASSES);
  }

  @Test
  void the_nlp_package_needs_no_spring_and_no_database() {
    noClasses()
        .that()
        .resideInAPackage("org.claimdesk.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
