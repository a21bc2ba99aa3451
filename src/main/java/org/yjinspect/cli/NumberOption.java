package org.yjinspect.cli;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yjinspect.platform.problem.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads number options in users' words: picocli's own message ("'abc' is not a long") names a
 * Java type. A whole number is digits with an optional minus sign, in the range its option takes;
 * a number may have a decimal point. Registered for every number option by {@link Main}.
 */
final class NumberOption {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,30}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

    private NumberOption() {
    }

    static void registerAll(CommandLine cli) {
        ITypeConverter<Integer> whole = text -> whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        ITypeConverter<Long> wholeLong = text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        ITypeConverter<Double> decimal = text -> decimal(text, BigDecimal::doubleValue);
        cli.registerConverter(Integer.class, whole).registerConverter(int.class, whole);
        cli.registerConverter(Long.class, wholeLong).registerConverter(long.class, wholeLong);
        cli.registerConverter(Double.class, decimal).registerConverter(double.class, decimal);
        cli.registerConverter(BigDecimal.class, text -> decimal(text, Function.identity()));
    }

    private static BigDecimal whole(String text, long min, long max) {
        if (text == null || !WHOLE.matcher(text.strip()).matches()) {
            throw new TypeConversionException("'" + SafeText.shown(text) + "' is not a whole number");
        }
        BigDecimal value = new BigDecimal(text.strip());
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new TypeConversionException("'" + SafeText.shown(text) + "' is out of range; expected a whole number"
                    + " from " + min + " to " + max);
        }
        return value;
    }

    private static <T> T decimal(String text, Function<BigDecimal, T> as) {
        if (text == null || !DECIMAL.matcher(text.strip()).matches()) {
            throw new TypeConversionException("'" + SafeText.shown(text) + "' is not a number; expected digits with"
                    + " an optional decimal point, such as 5 or 2.5");
        }
        return as.apply(new BigDecimal(text.strip()));
    }
}
