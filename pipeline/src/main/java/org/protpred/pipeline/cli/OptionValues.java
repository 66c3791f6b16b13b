package org.protpred.pipeline.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The ranges of every numeric command-line option, in one place: each option names one of these converters
 * ({@code @Option(..., converter = OptionValues.AtLeastOne.class)}), so a value out of range is a usage error before
 * anything runs (one line, exit 2), e.g. {@code Invalid value for option '--limit': -5 is not 0 or more}.
 */
public final class OptionValues {

    private OptionValues() {
    }

    private static long integer(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    private static double real(String value) {
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new TypeConversionException("'" + value + "' is not a finite number");
        }
        return v;
    }

    private static int checkedInt(String value, long min, String what) {
        long v = integer(value);
        if (v < min || v > Integer.MAX_VALUE) {
            throw new TypeConversionException(value.strip() + " is not " + what);
        }
        return (int) v;
    }

    /** A whole number of at least 1 (epochs, batch sizes, layer sizes). */
    public static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return checkedInt(value, 1, "1 or more");
        }
    }

    /** A whole number of at least 0 (0 meaning "none" or "all", as the option says). */
    public static final class NonNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return checkedInt(value, 0, "0 or more");
        }
    }

    /** A finite number above 0 (learning rates, factors). */
    public static final class Positive implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double v = real(value);
            if (!(v > 0)) {
                throw new TypeConversionException(value.strip() + " is not above 0");
            }
            return v;
        }
    }

    /** A finite number of at least 0 (penalties). */
    public static final class NonNegativeReal implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double v = real(value);
            if (v < 0) {
                throw new TypeConversionException(value.strip() + " is not 0 or more");
            }
            return v;
        }
    }

    /** A probability to drop, in [0, 1). */
    public static final class DropProbability implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double v = real(value);
            if (v < 0 || v >= 1) {
                throw new TypeConversionException(value.strip() + " is not in [0, 1)");
            }
            return v;
        }
    }
}
