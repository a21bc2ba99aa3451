package org.yjinspect.support.pdf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs poppler's pdftotext: skipped where it is not installed (counted in one notice
 * at the end of the run, {@link PdftotextSkippedNotice}), failed where it is required (CI).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PdftotextCondition.class)
@Tag("pdftotext")
public @interface NeedsPdftotext {
}
