package org.yjinspect.caseload.domain;

/** The child's gender as the case management system records it; a stratification variable. */
public enum Gender implements Vocabulary.Term {
    MALE("male", "Male", "m", "boy"),
    FEMALE("female", "Female", "f", "girl"),
    OTHER("other", "Other", "non binary", "nonbinary"),
    NOT_KNOWN("not_known", "Not known", "unknown", "not recorded");

    private final String code;
    private final String label;
    private final String[] spellings;

    Gender(String code, String label, String... spellings) {
        this.code = code;
        this.label = label;
        this.spellings = spellings;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] spellings() {
        return spellings.clone();
    }
}
