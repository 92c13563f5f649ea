package io.explainers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.explainers.web.DatabaseReachability;
import io.quarkus.scheduler.Scheduled;

/**
 * The packages form one straight line, and nothing may bend it:
 *
 * <pre>
 * content &lt;- seo, intake (pure) ; content &lt;- jsonld &lt;- site &lt;- editorial &lt;- indexnow ; ops on top
 * </pre>
 *
 * with {@code web} (the site's identity and configuration, problem details, what the API is, the filter order) below
 * them all, depending on nothing of ours. A new package has to be placed on the line here before it compiles into a
 * green build.
 */
@AnalyzeClasses(packages = "io.explainers", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PACKAGES = { "io.explainers.web..", "io.explainers.content..", "io.explainers.seo..",
            "io.explainers.intake..", "io.explainers.jsonld..", "io.explainers.site..", "io.explainers.editorial..",
            "io.explainers.indexnow..", "io.explainers.ops.." };

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.explainers.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyPackageIsOnTheLine = classes().should().resideInAnyPackage(PACKAGES);

    @ArchTest
    static final ArchRule dependenciesFollowTheLine = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.explainers..")
            .layer("web").definedBy("io.explainers.web..")
            .layer("content").definedBy("io.explainers.content..")
            .layer("seo").definedBy("io.explainers.seo..")
            .layer("intake").definedBy("io.explainers.intake..")
            .layer("jsonld").definedBy("io.explainers.jsonld..")
            .layer("site").definedBy("io.explainers.site..")
            .layer("editorial").definedBy("io.explainers.editorial..")
            .layer("indexnow").definedBy("io.explainers.indexnow..")
            .layer("ops").definedBy("io.explainers.ops..")
            .whereLayer("web").mayNotAccessAnyLayer()
            .whereLayer("content").mayOnlyAccessLayers("web")
            .whereLayer("seo").mayOnlyAccessLayers("content")
            .whereLayer("intake").mayOnlyAccessLayers("content")
            .whereLayer("jsonld").mayOnlyAccessLayers("content", "web")
            .whereLayer("site").mayOnlyAccessLayers("content", "jsonld", "web")
            .whereLayer("editorial").mayOnlyAccessLayers("content", "seo", "intake", "jsonld", "site", "web")
            .whereLayer("indexnow").mayOnlyAccessLayers("content", "editorial", "web")
            .whereLayer("ops").mayOnlyAccessLayers("content", "jsonld", "site", "editorial", "indexnow", "web");

    /**
     * A scheduled job that reads the database skips its turn while the database does not answer, instead of holding a
     * worker thread on it ({@link DatabaseReachability.Unreachable}); only the database check itself runs regardless.
     */
    @ArchTest
    static final ArchRule scheduledJobsSkipWhileTheDatabaseIsUnreachable = methods().that().areAnnotatedWith(Scheduled.class)
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("io.explainers.ops.DatabaseHealth")
            .should()
            .beAnnotatedWith(DescribedPredicate.describe("@Scheduled(skipExecutionIf = DatabaseReachability.Unreachable.class)",
                    (JavaAnnotation<?> scheduled) -> scheduled.getRawType().isEquivalentTo(Scheduled.class)
                            && scheduled.get("skipExecutionIf")
                                    .filter(predicate -> predicate instanceof JavaClass type
                                            && type.isEquivalentTo(DatabaseReachability.Unreachable.class))
                                    .isPresent()));

    /** The checklist and the article reader are pure functions: no framework, no database, testable without a server. */
    @ArchTest
    static final ArchRule seoAndIntakeArePure = classes().that()
            .resideInAnyPackage("io.explainers.seo..", "io.explainers.intake..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "io.explainers.seo..",
                    "io.explainers.intake..", "io.explainers.content..");
}
