package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.AssessedCase;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.audit.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect assessment list|show|answer|judge|evidence|classify|status}. */
@Command(name = "assessment", mixinStandardHelpOptions = true,
        description = "Case assessments: answer prompts and key questions one at a time, move cases through their status.",
        subcommands = {AssessmentCommand.ListCases.class, AssessmentCommand.Show.class, AssessmentCommand.Answer.class,
            AssessmentCommand.Judge.class, AssessmentCommand.Evidence.class, AssessmentCommand.Classify.class,
            AssessmentCommand.Status.class})
public final class AssessmentCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every write to one case shares. */
    abstract static class CaseWrite extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--case", required = true, paramLabel = "REFERENCE", description = "The sampled case's reference.")
        String caseReference;
        @Option(names = "--base-revision", required = true, paramLabel = "N",
                description = "The revision of the record your change is based on (0 if it has none yet; see show).")
        int baseRevision;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        CaseRef ref(Application app) {
            AssessedCase c = app.assessments().caseWithReference(inspection, caseReference);
            return AssessmentService.ref(inspection, c.sampleCaseId(), baseRevision, actor());
        }

        void print(PrintWriter out, CaseViews.AnswerSaved<?> saved, String what) {
            if (json) {
                out.println(RecordJson.write(saved));
                return;
            }
            out.println("saved " + what + "; case " + CaseText.words(saved.caseStatus().status()));
            saved.warnings().forEach(w -> out.println("warning: " + w));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The sampled cases with status and progress.")
    static final class ListCases extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            var cases = app.assessments().list(inspection);
            out.print(json ? RecordJson.write(cases) + "\n" : CaseText.list(cases));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One case's assessment: every answer with its revision.")
    static final class Show extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--case", required = true, paramLabel = "REFERENCE")
        String caseReference;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            AssessedCase c = app.assessments().caseWithReference(inspection, caseReference);
            var form = app.assessments().show(inspection, c.sampleCaseId());
            out.print(json ? RecordJson.write(form) + "\n" : CaseText.form(form));
            return 0;
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, description = "Answer one prompt: yes, no or not_applicable (blank clears).")
    static final class Answer extends CaseWrite {
        @Option(names = "--prompt", required = true, paramLabel = "ID", description = "e.g. 2.1.desistance.a")
        String prompt;
        @Option(names = "--answer", required = true, paramLabel = "ANSWER")
        String answer;

        @Override
        protected int change(Application app, PrintWriter out) {
            print(out, app.assessments().savePrompt(new SavePromptAnswerCommand(ref(app), prompt, answer)),
                    "prompt " + prompt + " = " + answer);
            return 0;
        }
    }

    @Command(name = "judge", mixinStandardHelpOptions = true, description = "Judge one key question: yes, no or not_relevant.")
    static final class Judge extends CaseWrite {
        @Option(names = "--key-question", required = true, paramLabel = "ID", description = "e.g. 2.1.desistance")
        String keyQuestion;
        @Option(names = "--answer", required = true, paramLabel = "ANSWER")
        String answer;

        @Override
        protected int change(Application app, PrintWriter out) {
            print(out, app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(app), keyQuestion,
                    answer)), "key question " + keyQuestion + " = " + answer);
            return 0;
        }
    }

    @Command(name = "evidence", mixinStandardHelpOptions = true, description = "The evidence note for a key question.")
    static final class Evidence extends CaseWrite {
        @Option(names = "--key-question", required = true, paramLabel = "ID")
        String keyQuestion;
        @Option(names = "--note", required = true, paramLabel = "TEXT")
        String note;
        @Option(names = "--good-practice", description = "Mark it as a good practice example.")
        boolean goodPractice;

        @Override
        protected int change(Application app, PrintWriter out) {
            print(out, app.assessments().saveEvidence(new SaveEvidenceCommand(ref(app), keyQuestion, note,
                    goodPractice)), "evidence for " + keyQuestion);
            return 0;
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Your own classifications (low, medium, high, very_high) and whether they agree with the service's.")
    static final class Classify extends CaseWrite {
        @Option(names = "--rosh", paramLabel = "LEVEL", description = "Risk of serious harm.")
        String rosh;
        @Option(names = "--rosh-agrees", paramLabel = "true|false")
        Boolean roshAgrees;
        @Option(names = "--safety-wellbeing", paramLabel = "LEVEL")
        String safetyWellbeing;
        @Option(names = "--safety-wellbeing-agrees", paramLabel = "true|false")
        Boolean safetyWellbeingAgrees;

        @Override
        protected int change(Application app, PrintWriter out) {
            print(out, app.assessments().saveJudgement(new SaveJudgementCommand(ref(app), rosh, roshAgrees,
                    safetyWellbeing, safetyWellbeingAgrees)), "classifications");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Move the case: submitted, accepted, returned_for_rework (with --reason) or in_progress.")
    static final class Status extends CaseWrite {
        @Option(names = "--to", required = true, paramLabel = "STATUS")
        String to;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is returned for rework.")
        String reason;

        @Override
        protected int change(Application app, PrintWriter out) {
            var status = app.assessments().moveStatus(new MoveCaseStatusCommand(ref(app), to, reason));
            out.println(json ? RecordJson.write(status) : "case " + caseReference + " is now "
                    + CaseText.words(status.status()) + " (revision " + status.revision() + ")");
            return 0;
        }
    }
}
