package org.yjinspect.cli;

import java.time.LocalDate;
import org.yjinspect.platform.input.CalendarDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option by the same rule as the API ({@link CalendarDate}: yyyy-mm-dd, a real
 * day, in the years 1900 to 2100), with a plain message when it is not. Registered for every
 * date option by {@link Main}.
 */
public final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return CalendarDate.parse(value).orElseThrow(() -> new TypeConversionException(CalendarDate.refusal(value)));
    }
}
