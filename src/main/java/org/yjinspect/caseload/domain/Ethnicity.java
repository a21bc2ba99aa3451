package org.yjinspect.caseload.domain;

/**
 * Broad ethnic group (the five census groups plus not known). Only the group is kept: a
 * detailed free-text description could identify a child.
 */
public enum Ethnicity implements Vocabulary.Term {
    WHITE("white", "White"),
    MIXED("mixed", "Mixed or multiple ethnic groups", "mixed ethnicity", "multiple"),
    ASIAN("asian", "Asian or Asian British", "asian british"),
    BLACK("black", "Black, Black British, Caribbean or African", "black british"),
    OTHER("other", "Other ethnic group", "other ethnicity"),
    NOT_KNOWN("not_known", "Not known", "unknown", "not recorded", "not stated");

    private final Vocabulary.Spelling spelling;

    Ethnicity(String code, String label, String... spellings) {
        this.spelling = new Vocabulary.Spelling(code, label, spellings);
    }

    @Override
    public Vocabulary.Spelling spelling() {
        return spelling;
    }
}
