package org.yjinspect.organisation.page;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.yjinspect.account.page.Times;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.records.app.StaleRecord;

/**
 * What stopped a form: the field (its id), the message, the values as typed, and for a stale
 * revision who changed the record and when.
 */
record Refusal(String field, String message, Map<String, String> typed, String changedBy, String changedAt) {
    static final Refusal NONE = new Refusal(null, null, Map.of(), null, null);

    static Refusal of(String field, String message, Map<String, String> typed) {
        return new Refusal(field, message, typed, null, null);
    }

    static Refusal stale(String field, StaleRecord stale, Map<String, String> typed) {
        String by = null;
        Instant at = null;
        if (stale.current() instanceof OrganisationRecords.EvidenceNote n) {
            by = n.updatedBy();
            at = n.updatedAt();
        } else if (stale.current() instanceof OrganisationRecords.ProposedRating p) {
            by = p.updatedBy();
            at = p.updatedAt();
        } else if (stale.current() instanceof OrganisationRecords.KeyDataRecord k) {
            by = k.updatedBy();
            at = k.updatedAt();
        } else if (stale.current() instanceof OrganisationRecords.SurveyLine s) {
            by = s.updatedBy();
            at = s.updatedAt();
        } else if (stale.current() instanceof OrganisationRecords.MeetingLine m) {
            by = m.updatedBy();
            at = m.updatedAt();
        }
        String when = at == null ? null : Times.at(at);
        String message = stale.getMessage();
        int cut = message.indexOf(" was changed by ");
        String what = cut > 0 ? message.substring(0, cut) : "this record";
        return new Refusal(field, by == null || when == null ? message : what + " was changed by " + by + " on "
                + when + ", after you opened this page, so your change was not saved. The form now shows the"
                + " version saved, with yours beside it: copy in what you still need and save again", typed, by,
                when);
    }

    boolean stale() {
        return changedBy != null;
    }

    /** The error summary's lines: none, or the one refusal. */
    List<FormError> errors() {
        return field == null ? List.of() : List.of(new FormError(field, message));
    }
}
