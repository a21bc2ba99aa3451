package org.yjinspect.caseload.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.yjinspect.framework.domain.CaseType;

/**
 * One child's case as the service's case management system exports it: pseudonymous, with
 * only the facts sampling needs. Cross-field rules are checked here, so an invalid case cannot
 * exist in memory, whatever adapter built it.
 *
 * @param releaseDate for custodial sentences, the release from custody; may be null
 * @param dateOfBirth may be null when {@code age} is given
 * @param age age in years at the disposal start; may be null when {@code dateOfBirth} is given
 */
public record CaseRecord(String reference, CaseType caseType, DisposalType disposalType,
                         LocalDate disposalStart, LocalDate releaseDate, Gender gender,
                         Ethnicity ethnicity, LocalDate dateOfBirth, Integer age, RiskLevel rosh,
                         RiskLevel safetyWellbeing, String caseManager) {
    public CaseRecord {
        reference = CaseFieldRules.reference(reference);
        caseManager = CaseFieldRules.caseManager(caseManager);
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(disposalType, "disposalType");
        Objects.requireNonNull(disposalStart, "disposalStart");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(rosh, "rosh");
        Objects.requireNonNull(safetyWellbeing, "safetyWellbeing");
        checkDisposalFitsCaseType(caseType, disposalType);
        checkRelease(disposalType, disposalStart, releaseDate);
        checkAge(disposalStart, dateOfBirth, age);
    }

    private static void checkDisposalFitsCaseType(CaseType caseType, DisposalType disposalType) {
        if (!disposalType.fits(caseType)) {
            throw new InvalidCaseField(CaseField.DISPOSAL_TYPE, disposalType.code()
                    + " is not a disposal for a " + CaseTypes.code(caseType) + " case");
        }
    }

    private static void checkRelease(DisposalType type, LocalDate start, LocalDate release) {
        if (release == null) {
            return;
        }
        if (!type.fits(CaseType.RESETTLEMENT)) {
            throw new InvalidCaseField(CaseField.RELEASE_DATE, "only custodial sentences have a release date");
        }
        if (release.isBefore(start)) {
            throw new InvalidCaseField(CaseField.RELEASE_DATE, "is before the disposal start date");
        }
    }

    private static void checkAge(LocalDate start, LocalDate dateOfBirth, Integer age) {
        if (dateOfBirth == null && age == null) {
            throw new InvalidCaseField(CaseField.DATE_OF_BIRTH, "date of birth or age is required");
        }
        if (dateOfBirth != null) {
            int years = Period.between(dateOfBirth, start).getYears();
            if (years < CaseFieldRules.YOUNGEST || years > CaseFieldRules.OLDEST) {
                throw new InvalidCaseField(CaseField.DATE_OF_BIRTH, "gives an age of " + years
                        + " at the disposal start; expected " + CaseFieldRules.YOUNGEST + " to "
                        + CaseFieldRules.OLDEST);
            }
        }
    }
}
