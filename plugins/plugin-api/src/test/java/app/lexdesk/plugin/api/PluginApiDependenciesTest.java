package app.lexdesk.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PluginApiDependenciesTest {

    @Test
    void the_plugin_api_depends_only_on_the_jdk_and_pf4j() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.lexdesk.plugin.api..", "org.pf4j..")
                .because("plugins must not be tied to Spring, JPA, Vaadin or the core's internals")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.lexdesk.plugin.api"));
    }
}
