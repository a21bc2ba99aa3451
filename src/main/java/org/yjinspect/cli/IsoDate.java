package org.yjinspect.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yjinspect.platform.problem.SafeText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option written yyyy-mm-dd, with a plain message (not a Java exception name) when it is not. */
public final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + SafeText.shown(value) + "' is not a date written yyyy-mm-dd");
        }
    }
}
