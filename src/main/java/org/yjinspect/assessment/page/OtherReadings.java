package org.yjinspect.assessment.page;

import java.util.List;

/**
 * The cases a person reads a second time, listed under their own cases. The second-reading
 * feature gives them (it depends on this one, never the other way round); without it the list
 * has none.
 */
@FunctionalInterface
public interface OtherReadings {
    OtherReadings NONE = (inspectionId, username) -> List.of();

    List<Entry> of(long inspectionId, String username);

    /** A case to read a second time: its reference, the address of the reading and how far it has gone. */
    record Entry(String reference, String href, String state) {
    }
}
