package org.yjinspect.secondreading.domain;

/** How far one reading of a case has gone: a submitted reading is complete and its reader's last word. */
public enum ReadingState {
    NOT_STARTED, IN_PROGRESS, SUBMITTED;

    public boolean submitted() {
        return this == SUBMITTED;
    }
}
