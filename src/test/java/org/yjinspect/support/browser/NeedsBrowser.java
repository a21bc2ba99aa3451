package org.yjinspect.support.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: it runs in real Chromium where there is one, is skipped (and counted in one
 * notice at the end of the run) where there is none, and fails where a browser is required.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
@Tag("browser")
public @interface NeedsBrowser {
}
