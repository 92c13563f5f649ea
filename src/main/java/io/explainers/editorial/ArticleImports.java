package io.explainers.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import io.explainers.content.ReviewCycle;
import io.explainers.content.TopicStatus;
import io.explainers.editorial.ApiRecords.ImportReport;
import io.explainers.editorial.TopicDocument.AboutDocument;
import io.explainers.editorial.TopicDocument.AudienceDocument;
import io.explainers.editorial.TopicDocument.FaqDocument;
import io.explainers.editorial.TopicDocument.ItemDocument;
import io.explainers.editorial.TopicDocument.SectionDocument;
import io.explainers.editorial.TopicDocument.SourceDocument;
import io.explainers.intake.Article;
import io.explainers.intake.ArticleParser;
import io.explainers.intake.Finding;
import io.explainers.intake.ParsedArticle;
import io.explainers.intake.Subjects;
import io.explainers.web.FieldError;
import io.explainers.web.Language;
import io.explainers.web.Problem;
import io.explainers.web.ProblemException;
import io.explainers.web.Site;

/**
 * Takes trend articles in: reads the text ({@link ArticleParser}), makes the topic document, checks it as every
 * document is checked, and stores it through the editorial write path ({@link Editorial}), so an import is one
 * transaction with a revision that says where the article came from. A dry run does everything but store.
 */
@ApplicationScoped
public class ArticleImports {

    /** What the editor says that the article does not: the import's query parameters. Null means "infer it". */
    /** What the editor said with the article; {@code translationOf} names the English topic a Spanish article translates. */
    public record Options(String aboutType, String aboutName, Integer childMinAge, Integer childMaxAge, boolean dryRun,
            String translationOf) {
    }

    /** An import's report, and whether it made a new topic (201) rather than a new revision or a dry run (200). */
    public record Imported(ImportReport report, boolean created) {
    }

    private final Editorial editorial;
    private final TopicAnalysis analysis;
    private final Validator validator;
    private final Site site;

    ArticleImports(Editorial editorial, TopicAnalysis analysis, Validator validator, Site site) {
        this.editorial = editorial;
        this.analysis = analysis;
        this.validator = validator;
        this.site = site;
    }

    /**
     * Imports one article as a new draft, or onto the topic with its slug when {@code basedOn} names that topic's
     * current version or {@code anyVersion} says whatever version it has ({@code If-Match: *}): a re-import, as a new
     * revision.
     */
    public Imported take(byte[] text, Options options, Long basedOn, boolean anyVersion, String author) {
        if (options.translationOf() != null) {
            return translation(text, options, basedOn, anyVersion, author);
        }
        ParsedArticle parsed = ArticleParser.parse(text, site.bottomNote());
        if (!parsed.readable()) {
            throw new ProblemException(unreadable(parsed.errors()));
        }
        Article article = parsed.article();
        List<Finding> warnings = new ArrayList<>(parsed.warnings());
        TopicDocument document = document(article, options, warnings);
        requireValid(article, document);

        String slug = document.slug();
        Optional<Long> current = editorial.versionOf(slug);
        boolean ontoExisting = basedOn != null || anyVersion;
        if (current.isEmpty() && ontoExisting) {
            throw new ProblemException(
                    Problem.typed("no-topic-to-reimport", "No topic to import onto", Response.Status.PRECONDITION_FAILED,
                            "If-Match names a version of the topic " + slug
                                    + ", but there is no such topic; send the article without "
                                    + "If-Match to create it."));
        }
        if (options.dryRun()) {
            TopicStatus status = dryRunOnto(current.map(version -> slug), "A topic with the slug " + slug, slug, basedOn,
                    ontoExisting, article.lineOf("slug"), warnings);
            return new Imported(new ImportReport(slug, status, true, document, sorted(warnings), analysis.of(document)), false);
        }
        if (current.isPresent() && !ontoExisting) {
            throw new ProblemException(
                    Editorial.slugTaken(slug, "is the address of an existing topic; to import the article onto "
                            + "it as a new revision, send If-Match with the topic's version (its ETag)"));
        }
        String from = article.source() == null ? "" : " from " + article.source();
        TopicDocument stored = current.isPresent()
                ? editorial.replace(slug, document, basedOn, author, "re-imported" + from)
                : createOrConflict(slug, () -> editorial.create(document, author, "imported" + from));
        return new Imported(new ImportReport(slug, stored.status(), false, stored, sorted(warnings), analysis.of(slug)),
                current.isEmpty());
    }

    /**
     * A Spanish article as the Spanish edition of the English topic {@code translationOf}: a new draft edition, or with
     * If-Match a new revision of the edition it has. Its subject and audience are the English topic's.
     */
    private Imported translation(byte[] text, Options options, Long basedOn, boolean anyVersion, String author) {
        Language language = Language.SPANISH;
        TopicDocument original = editorial.get(options.translationOf()); // 404 problem when there is no such topic
        if (original.translationOf() != null) {
            throw new ProblemException(Problem.invalid("translationOf",
                    options.translationOf() + " is an edition itself; name the English topic it translates"));
        }
        ParsedArticle parsed = ArticleParser.parse(text, site.bottomNote(language));
        if (!parsed.readable()) {
            throw new ProblemException(unreadable(parsed.errors()));
        }
        Article article = parsed.article();
        List<Finding> warnings = new ArrayList<>(parsed.warnings());
        TopicDocument document = asEditionOf(document(article, options, new ArrayList<>()), original, language);
        requireValid(article, document);
        Optional<String> edition = editorial.editionSlug(options.translationOf(), language);
        boolean ontoExisting = basedOn != null || anyVersion;
        if (edition.isEmpty() && ontoExisting) {
            throw new ProblemException(Problem.typed("no-topic-to-reimport", "No edition to import onto",
                    Response.Status.PRECONDITION_FAILED, "If-Match names a version of the " + language.code()
                            + " edition of " + options.translationOf()
                            + ", but it has none; send the article without If-Match."));
        }
        if (options.dryRun()) {
            TopicStatus status = dryRunOnto(edition, "The " + language.code() + " edition of " + options.translationOf(),
                    document.slug(), basedOn, ontoExisting, article.lineOf("slug"), warnings);
            return new Imported(new ImportReport(document.slug(), status, true, document, sorted(warnings),
                    analysis.of(document, language)), false);
        }
        if (edition.isPresent() && !ontoExisting) {
            throw new ProblemException(Editorial.slugTaken(edition.get(), "is the " + language.code() + " edition of "
                    + options.translationOf() + "; to import the article onto it, send If-Match with its version"));
        }
        String from = article.source() == null ? "" : " from " + article.source();
        TopicDocument stored = edition.isPresent()
                ? editorial.replace(edition.get(), document, basedOn, author, "re-imported" + from)
                : createOrConflict(document.slug(), () -> editorial.createEdition(options.translationOf(), language,
                        document, author, "imported the " + language.code() + " edition of " + options.translationOf() + from));
        return new Imported(new ImportReport(stored.slug(), stored.status(), false, stored, sorted(warnings),
                analysis.of(stored.slug())), edition.isEmpty());
    }

    /**
     * What a dry run reports instead of refusing, as the import itself would decide: onto the topic or edition
     * {@code existing} ({@code described}, "… exists"), a warning that importing needs If-Match with its version, or
     * the 409 of a stale one, and its status; with none there, the check of {@code newSlug} and a draft.
     */
    private TopicStatus dryRunOnto(Optional<String> existing, String described, String newSlug, Long basedOn,
            boolean ontoExisting, int line, List<Finding> warnings) {
        if (existing.isEmpty()) {
            editorial.checkNewSlug(newSlug);
            return TopicStatus.DRAFT;
        }
        long current = editorial.versionOf(existing.get()).orElseThrow();
        if (!ontoExisting) {
            warnings.add(new Finding(line, described + " exists (version " + current + "); importing needs If-Match: \""
                    + current + "\" to store the article as a new revision of it."));
        } else if (basedOn != null && current != basedOn) {
            throw new ProblemException(Problem.staleVersion(current, basedOn));
        }
        return editorial.get(existing.get()).status();
    }

    /**
     * The document as the {@code language} edition of {@code original}: with the English topic's subject and audience,
     * which an edition shares, and saying whose edition it is, as a dry run reports it.
     */
    private static TopicDocument asEditionOf(TopicDocument document, TopicDocument original, Language language) {
        return new TopicDocument(document.slug(), document.title(), document.focusPhrase(), document.metaDescription(),
                document.intro(), document.inSimpleTerms(), document.sections(), document.faqHeading(), document.faq(),
                original.audience(), original.about(), document.sources(), document.source(), null, null, null, null, null,
                null, null, language.code(), original.slug(), null);
    }

    private static List<Finding> sorted(List<Finding> warnings) {
        return warnings.stream().sorted(Comparator.comparingInt(Finding::line)).toList();
    }

    /** Two imports of one article at once: the one that loses the race on the slug's unique key gets the same 409. */
    private TopicDocument createOrConflict(String slug, Supplier<TopicDocument> create) {
        try {
            return create.get();
        } catch (PersistenceException e) {
            if (editorial.versionOf(slug).isPresent()) {
                throw new ProblemException(Editorial.slugTaken(slug, "was taken by another import at the same moment"));
            }
            throw e;
        }
    }

    /** The topic document the article makes, with what the editor gave as parameters or what the title suggests. */
    private static TopicDocument document(Article article, Options options, List<Finding> warnings) {
        int titleLine = article.lineOf("title");
        Subjects.Subject subject = Subjects.subject(article.titlePhrase());
        Subjects.Ages ages = Subjects.ages(article.titlePhrase());
        String about = "from the title (" + subject.because() + ")";
        String age = "from the title (" + ages.because() + ")";
        String aboutType = given(options.aboutType(), subject.type(), "aboutType", about, titleLine, warnings);
        String aboutName = given(options.aboutName(), subject.name(), "aboutName", about, titleLine, warnings);
        String alternateName = null;
        if (options.aboutType() == null && options.aboutName() == null && subject.alternateName() != null) {
            alternateName = subject.alternateName();
            warnings.add(new Finding(titleLine, "Inferred " + about + ": about.alternateName “" + alternateName + "”."));
        }
        Integer minAge = given(options.childMinAge(), ages.min(), "childMinAge", age, titleLine, warnings);
        Integer maxAge = given(options.childMaxAge(), ages.max(), "childMaxAge", age, titleLine, warnings);

        List<SectionDocument> sections = article.sections().stream()
                .map(part -> new SectionDocument(part.heading(), part.items().stream()
                        .map(item -> new ItemDocument(item.kind(), item.label(), item.text(), item.number()))
                        .toList()))
                .toList();
        List<FaqDocument> faq = article.faq().stream().map(entry -> new FaqDocument(entry.question(), entry.answer())).toList();
        // An article seldom says when its sources were read: then it was today, when the article arrived.
        List<SourceDocument> sources = article.sources().stream()
                .map(source -> new SourceDocument(source.title(), source.publisher(), source.url(),
                        source.accessed() != null ? source.accessed() : ReviewCycle.today()))
                .toList();
        return new TopicDocument(article.slug(), article.title(), article.focusPhrase(), article.metaDescription(),
                article.intro(),
                article.inSimpleTerms(), sections, article.faqHeading(), faq, new AudienceDocument(minAge, maxAge),
                new AboutDocument(aboutType, aboutName, alternateName), sources, article.source(), null, null, null, null, null,
                null, null, Language.ENGLISH.code(), null, null); // English unless it becomes an edition (asEditionOf)
    }

    /** The parameter when the editor gave it, else the inferred value, reported as a warning on the title's line. */
    private static <T> T given(T parameter, T inferred, String name, String because, int line, List<Finding> warnings) {
        if (parameter != null) {
            return parameter;
        }
        warnings.add(new Finding(line, "Inferred " + because + ": " + name + " " + inferred + "; set the " + name
                + " parameter to choose another."));
        return inferred;
    }

    private void requireValid(Article article, TopicDocument document) {
        List<FieldError> errors = TopicDocuments.check(validator, document).stream()
                .map(error -> {
                    int line = article.lineOf(error.field());
                    return new FieldError(error.field(), error.message(), line > 0 ? line : null);
                })
                .toList();
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            String where = first.line() != null ? " (line " + first.line() + ")" : "";
            throw new ProblemException(
                    Problem.invalid("The topic the article makes is not valid: " + first.field() + where + " "
                            + first.message() + (errors.size() > 1 ? ", and " + (errors.size() - 1) + " more." : "."), errors));
        }
    }

    private static Problem unreadable(List<Finding> errors) {
        Finding first = errors.get(0);
        String detail = "Line " + first.line() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more; see errors)" : "");
        return Problem.typed("unreadable-article", "The article cannot be imported", 400, detail,
                errors.stream().map(error -> new FieldError("article", error.message(), error.line())).toList());
    }
}
