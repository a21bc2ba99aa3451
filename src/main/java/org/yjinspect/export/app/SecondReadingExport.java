package org.yjinspect.export.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.yjinspect.agreement.domain.SecondReadItem.Level;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.secondreading.app.BothReadings;
import org.yjinspect.secondreading.app.Reading;
import org.yjinspect.secondreading.app.Settlement;

/**
 * Use case: both readings of every second-read case whose two readings are both submitted (so the
 * blind rule holds whoever downloads it), in the long layout: one row per case and item (key
 * question, prompt, classification) either reading answered, in the catalogue's order, with the
 * first answer, the second, and the agreed answer with who settled it and why where a difference
 * was settled. Answers are in the case export's words (yes, no, not_applicable, not_relevant, low...).
 */
public final class SecondReadingExport {
    public static final List<Column> COLUMNS = List.of(
            column("case_reference", "The sampled case's pseudonymous reference"),
            column("standard", "The standard the item belongs to (blank for a classification)"),
            column("level", "key_question, prompt or classification"),
            column("item_id", "The catalogue id of the key question or prompt, or the classification"),
            column("item", "The item's wording in the catalogue"),
            column("first_reading", "The first reader's answer (the case's assessment as it stood when both were submitted)"),
            column("second_reading", "The second reader's answer"),
            column("agreed", "The agreed answer once the difference was settled; blank when the readings agree or it is not settled"),
            column("settled_by", "Who settled the difference"),
            column("reason", "Why the agreed answer was agreed"),
            column("first_reader", "Who read the case first"),
            column("second_reader", "Who read the case second"));
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final LongFunction<List<BothReadings>> submitted;

    public SecondReadingExport(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                               LongFunction<List<BothReadings>> submitted) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.submitted = submitted;
    }

    public ExportSubject subject(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        return new ExportSubject(inspection.id(), inspection.details().serviceName());
    }

    public void write(long inspectionId, Table out) {
        Framework framework = frameworks.apply(inspections.get(inspectionId).frameworkVersion());
        out.header(COLUMNS);
        for (BothReadings both : submitted.apply(inspectionId)) {
            Map<String, Settlement> settled = new LinkedHashMap<>();
            both.settlements().forEach(s -> settled.put(s.level() + " " + s.itemId(), s));
            for (Standard s : framework.standards()) {
                for (KeyQuestion kq : s.keyQuestions()) {
                    row(out, both, settled, s.number(), Level.KEY_QUESTION, kq.id(), kq.text(),
                            word(both.first().keyQuestions().get(kq.id())), word(both.second().keyQuestions().get(kq.id())));
                    for (Prompt p : kq.prompts()) {
                        row(out, both, settled, s.number(), Level.PROMPT, p.id(), p.text(),
                                word(both.first().prompts().get(p.id())), word(both.second().prompts().get(p.id())));
                    }
                }
            }
            row(out, both, settled, null, Level.CLASSIFICATION, "risk_of_serious_harm", "Risk of serious harm",
                    risk(both.first(), true), risk(both.second(), true));
            row(out, both, settled, null, Level.CLASSIFICATION, "safety_wellbeing", "Safety and wellbeing",
                    risk(both.first(), false), risk(both.second(), false));
        }
    }

    private static void row(Table out, BothReadings both, Map<String, Settlement> settled, String standard, Level level,
                            String itemId, String wording, String first, String second) {
        if (first == null && second == null) {
            return;
        }
        Settlement s = settled.get(level + " " + itemId);
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(both.chosen().caseReference()), Cell.text(standard),
                Cell.text(level.name().toLowerCase(Locale.ROOT)), Cell.text(itemId), Cell.text(wording),
                Cell.text(first), Cell.text(second), Cell.text(s == null ? null : word(s.agreedAnswer())),
                Cell.text(s == null ? null : s.settledBy()), Cell.text(s == null ? null : s.reason()),
                Cell.text(both.first().reader()), Cell.text(both.second().reader())));
        out.row(cells);
    }

    private static String risk(Reading reading, boolean roshNotWellbeing) {
        RiskLevel level = roshNotWellbeing ? reading.classification().riskOfSeriousHarm()
                : reading.classification().safetyWellbeing();
        return word(level);
    }

    private static String word(Object answer) {
        if (answer == null) {
            return null;
        }
        String name = answer instanceof Enum<?> e ? e.name() : answer.toString();
        return name.equalsIgnoreCase("NONE") ? null : name.toLowerCase(Locale.ROOT);
    }

    private static Column column(String name, String meaning) {
        return Column.of(name, Column.Kind.ANSWER_DETAIL, "text", meaning);
    }
}
