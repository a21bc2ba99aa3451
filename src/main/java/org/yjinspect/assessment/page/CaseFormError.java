package org.yjinspect.assessment.page;

/** One line of the error summary: the field it links to, and what is wrong and how to put it right. */
public record CaseFormError(String field, String message) {
    public String href() {
        return "#" + Words.id(field);
    }
}
