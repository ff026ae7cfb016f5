package app.lexdesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.lexdesk.ui");

    @Test
    void the_ui_never_touches_the_cores_internals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("app.lexdesk.core..internal..")
                .because("views work with the core's public services and read models, never its entities")
                .check(ui);
    }

    @Test
    void the_ui_does_not_use_jpa_or_jdbc_directly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                "org.springframework.jdbc..").check(ui);
    }

    @Test
    void the_portal_does_not_depend_on_the_back_office() {
        noClasses().that().resideInAPackage("app.lexdesk.ui.portal..").should().dependOnClassesThat()
                .resideInAPackage("app.lexdesk.ui.backoffice..").check(ui);
    }
}
