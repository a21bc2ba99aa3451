/**
 * The rules of second reading, each a named policy returning its ruling and reason: who may read
 * a case second ({@link org.yjinspect.secondreading.domain.SecondReaderPolicy}), how a drawn share
 * is spread across the first readers
 * ({@link org.yjinspect.secondreading.domain.SpreadAcrossFirstReadersPolicy}), and who sees which
 * reading when ({@link org.yjinspect.secondreading.domain.BlindReadingPolicy}). Pure: no web, no database.
 */
package org.yjinspect.secondreading.domain;
