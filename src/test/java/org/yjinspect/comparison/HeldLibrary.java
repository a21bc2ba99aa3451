package org.yjinspect.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.app.LibraryReader;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.published.app.PublishedInspections;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.PrintedKeyQuestionFigure;
import org.yjinspect.published.domain.PublishedFigures;
import org.yjinspect.published.domain.PublishedStandardFigures;

/**
 * A library in memory for tests: the five published inspections whose figures the project holds
 * (src/main/resources/published/figures), as the library keeps them, plus any others a test adds.
 * Ids 1 to 5 in the order of the index (newest first).
 */
public final class HeldLibrary implements LibraryReader {
    private final List<LibraryInspection> inspections;

    public HeldLibrary(List<LibraryInspection> inspections) {
        this.inspections = List.copyOf(inspections);
    }

    public static HeldLibrary held() {
        return new HeldLibrary(heldInspections());
    }

    public static List<LibraryInspection> heldInspections() {
        List<LibraryInspection> read = new ArrayList<>();
        long id = 1;
        for (PublishedInspections.PublishedInspection held : new PublishedInspections(PublishedInspections.HELD,
                FrameworkCatalogue::load).all()) {
            read.add(of(id++, held.figures()));
        }
        return read;
    }

    public HeldLibrary with(List<LibraryInspection> more) {
        List<LibraryInspection> all = new ArrayList<>(inspections);
        all.addAll(more);
        return new HeldLibrary(all);
    }

    @Override
    public List<LibraryInspection> all() {
        return inspections;
    }

    @Override
    public Optional<LibraryInspection> find(long id) {
        return inspections.stream().filter(i -> i.id() == id).findFirst();
    }

    /** The service's name folded as the library folds it for deduplication (a test's approximation). */
    public static String key(String service) {
        return service.toLowerCase(Locale.ROOT).replaceAll("youth (offending|justice) (team|service)s?", "yjs")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static LibraryInspection of(long id, PublishedFigures figures) {
        Framework framework = FrameworkCatalogue.load(figures.frameworkVersion());
        List<LibraryStandard> standards = new ArrayList<>();
        for (PublishedStandardFigures printed : figures.standards()) {
            List<KeyQuestion> catalogue = framework.standard(printed.number()).orElseThrow().keyQuestions();
            List<LibraryKeyQuestion> kqs = new ArrayList<>();
            for (int i = 0; i < printed.keyQuestions().size(); i++) {
                KeyQuestion kq = catalogue.get(i);
                kqs.add(new LibraryKeyQuestion(kq.id(), kq.text(), figure(printed.keyQuestions().get(i))));
            }
            standards.add(new LibraryStandard(printed.number(), framework.standard(printed.number()).orElseThrow().name(),
                    printed.rating(), kqs));
        }
        return new LibraryInspection(id, figures.service(), key(figures.service()), figures.published(),
                figures.frameworkVersion(), figures.score(), figures.maxScore(), figures.overallRating(), standards,
                figures.cases(), List.of(), figures.id() + ".json", Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static CaseFigure figure(PrintedKeyQuestionFigure printed) {
        return printed.counted() ? CaseFigure.counted(printed.yes(), printed.relevant())
                : CaseFigure.printed((int) Math.round(printed.percent()));
    }
}
