package org.yjinspect.context.domain;

import java.util.List;

/** One table of the caseload's profile ("Case type", "Disposal type", "Gender", "Ethnicity", "Age band"). */
public record ProfileTable(String heading, List<ProfileRow> rows) {
    public ProfileTable {
        rows = List.copyOf(rows);
    }
}
