package org.yjinspect.caseload.domain;

/** The child's gender as the case management system records it; a stratification variable. */
public enum Gender implements Vocabulary.Term {
    MALE("male", "Male", "m", "boy"),
    FEMALE("female", "Female", "f", "girl"),
    OTHER("other", "Other", "non binary", "nonbinary"),
    NOT_KNOWN("not_known", "Not known", "unknown", "not recorded");

    private final Vocabulary.Spelling spelling;

    Gender(String code, String label, String... spellings) {
        this.spelling = new Vocabulary.Spelling(code, label, spellings);
    }

    @Override
    public Vocabulary.Spelling spelling() {
        return spelling;
    }
}
