package org.yjinspect.rating.app;

import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rules.Ruling;

/** One key question of a rated standard: its text from the catalogue, its figure and its band. */
public record KeyQuestionResult(String id, String text, KeyQuestionFigure figure, Ruling<Rating> band) {
}
