package dev.migrate.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** migrate-core stays light: Java, JDBC and SLF4J (plus the command line's own libraries). */
class ArchitectureTest {

	private final JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrate.core");

	@Test
	void coreUsesNoSpringClass() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(this.core);
	}

	@Test
	void onlyTheCommandLineUsesPicocliAndJackson() {
		noClasses().that()
			.resideOutsideOfPackage("dev.migrate.core.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("picocli..", "tools.jackson..", "com.fasterxml..")
			.check(this.core);
	}

	@Test
	void onlyTheLayoutOfTheDrawingUsesTheLayoutLibrary() {
		// optional: loaded only when an SVG is drawn, so one class may name it
		noClasses().that()
			.doNotHaveFullyQualifiedName("dev.migrate.core.drawing.ElkLayout")
			.and()
			.doNotHaveFullyQualifiedName("dev.migrate.core.drawing.ElkLayout$Registry")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.eclipse..", "com.google.common..")
			.check(this.core);
	}

	@Test
	void noClassDependsOnAJdbcDriverDirectly() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.postgresql..", "org.mariadb..", "org.h2..")
			.check(this.core);
	}

	@Test
	void packagesDoNotImportEachOtherInCircles() {
		slices().matching("dev.migrate.core.(*)..").should().beFreeOfCycles().check(this.core);
	}

}
