package org.yjinspect.organisation.domain;

/** How evidence was gathered in fieldwork. */
public enum MeetingKind {
    MEETING, INTERVIEW, FOCUS_GROUP, OBSERVATION
}
