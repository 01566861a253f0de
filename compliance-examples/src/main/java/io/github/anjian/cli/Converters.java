package io.github.anjian.cli;

import io.github.anjian.catalog.Lang;
import io.github.anjian.catalog.Severity;
import io.github.anjian.report.Format;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters with messages a user can act on (a bad value is a usage error, exit 2). */
final class Converters {

    private Converters() {
    }

    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + s + "' is not a date YYYY-MM-DD");
            }
        }
    }

    static final class Language implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String s) {
            try {
                return Lang.parse(s);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + s + "' is not a language: en or zh");
            }
        }
    }

    static final class Formats implements ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            try {
                return Format.parse(s);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + s + "' is not a format: text, json, yaml, markdown, html, sarif, junit or oscal");
            }
        }
    }

    /** A size in bytes: a whole number, optionally with K, M or G (binary: 1K = 1024 bytes), e.g. {@code 700M}. */
    static final class Sizes implements ITypeConverter<Long> {
        private static final java.util.regex.Pattern SIZE =
                java.util.regex.Pattern.compile("(\\d{1,15})\\s*(?:([KMG])(?:I?B)?|B)?");

        @Override
        public Long convert(String s) {
            java.util.regex.Matcher m = SIZE.matcher(s.trim().toUpperCase(java.util.Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + s + "' is not a size: a number of bytes, or with K, M or G (e.g. 700M, 2G)");
            }
            long n = Long.parseLong(m.group(1));
            int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
                case "K" -> 10;
                case "M" -> 20;
                default -> 30;
            };
            if (n <= 0 || n > Long.MAX_VALUE >> shift) {
                throw new TypeConversionException("'" + s + "' is not a size above zero");
            }
            return n << shift;
        }
    }

    /** high, medium, low, or none (empty: never fail); anything else is a usage error. */
    static Optional<Severity> failOn(String s) {
        if (s.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw Exit.usage("--fail-on '" + s + "' is not a severity: high, medium, low or none");
        }
    }
}
