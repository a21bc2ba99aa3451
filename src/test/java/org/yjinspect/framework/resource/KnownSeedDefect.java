package org.yjinspect.framework.resource;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.PrintedWording;

/**
 * A printing slip in a seed report: the wording as printed (normalised), the catalogue wording it
 * stands for, and why it is a slip rather than a printed variant. The catalogue keeps the correct
 * wording; the slip stays here, so the list must stay short and every entry must still occur.
 */
record KnownSeedDefect(String printed, String meant, String reason) {

    static final List<KnownSeedDefect> ALL = List.of(
            new KnownSeedDefect(
                    "Does the implementation and delivery of services effectively support the safety of the child safe?",
                    "Does the implementation and delivery of services effectively support the safety of the child?",
                    "Kingston and Richmond 2.3 key question table: a stray 'safe'; the section heading below it"
                            + " and every other report print the wording without it"),
            new KnownSeedDefect(
                    "Does reviewing lead to the necessary adjustments in the ongoing plan all of work to manage"
                            + " and minimise the risk of harm?",
                    "Does reviewing lead to the necessary adjustments in the ongoing plan of work to manage"
                            + " and minimise the risk of harm?",
                    "Plymouth and Portsmouth Annexe 2, 2.4 keeping other people safe c): a stray 'all' in the"
                            + " publisher's text (printed identically in both); its sibling prompts and the 2018"
                            + " wording say 'ongoing plan of work'"),
            new KnownSeedDefect(
                    "Where applicable, are the recommendations by the YOT for out- of-court disposal outcomes,"
                            + " conditions and interventions appropriate and proportionate?",
                    "Where applicable, are the recommendations by the YOT for out-of-court disposal outcomes,"
                            + " conditions and interventions appropriate and proportionate?",
                    "Torbay 3.4 prompt table (draft in a council agenda pack): the PDF line break left"
                            + " 'out- of-court' with a space"));

    static Optional<KnownSeedDefect> printedAs(String normalisedText) {
        return ALL.stream().filter(d -> PrintedWording.normalise(d.printed()).equals(normalisedText)).findFirst();
    }

    /** The wording the catalogue is checked against: the meant text for a known slip, else the row as printed. */
    static String meantBy(PrintedRow row) {
        return printedAs(row.text()).map(KnownSeedDefect::meant).orElse(row.text());
    }
}
