package org.yjinspect.framework.domain;

/** What a key question is about: the case-based triad, or 2018's joint working with the police. */
public enum KeyQuestionFocus {
    DESISTANCE,
    KEEPING_THE_CHILD_SAFE,
    KEEPING_OTHER_PEOPLE_SAFE,
    JOINT_DECISION_MAKING,
    JOINT_IMPLEMENTATION
}
