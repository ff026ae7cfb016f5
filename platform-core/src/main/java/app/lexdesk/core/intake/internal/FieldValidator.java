package app.lexdesk.core.intake.internal;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.SubmitRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a submission against its request type and returns every problem at once (with field paths), plus
 * the normalised field values to store when there is none.
 */
public final class FieldValidator {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int SHORT_TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 10_000;
    /** Numbers: at most this many digits before and after the point (MONEY: 16 and 2), so none expands. */
    public static final int NUMBER_INTEGER_DIGITS = 20;
    public static final int NUMBER_DECIMALS = 10;
    /** Longer input is not even parsed: no valid number or amount is written with more characters. */
    private static final int DECIMAL_INPUT_MAX = 64;

    /** Problems found and, when there are none, the values to store. */
    public record Result(List<FieldProblem> problems, Map<String, String> values) {
    }

    private FieldValidator() {
    }

    public static Result validate(RequestTypeDetails type, SubmitRequest command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.subject().isEmpty()) {
            problems.add(new FieldProblem("subject", "required", "A subject is required."));
        } else if (command.subject().length() > SUBJECT_MAX) {
            problems.add(new FieldProblem("subject", "too-long", "The subject is longer than " + SUBJECT_MAX + " characters."));
        }
        if (command.description().length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "too-long",
                    "The description is longer than " + DESCRIPTION_MAX + " characters."));
        }
        if (hasControlCharacters(command.subject())) {
            problems.add(invalidCharacters("subject", "The subject"));
        }
        if (hasControlCharacters(command.description())) {
            problems.add(invalidCharacters("description", "The description"));
        }
        Set<String> known = type.fields().stream().map(FieldDefinition::code).collect(Collectors.toSet());
        command.fields().keySet().stream().filter(k -> !known.contains(k)).sorted().forEach(k ->
                problems.add(new FieldProblem("fields." + k, "unknown-field", "This request type has no field " + k + ".")));
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            String raw = command.fields().get(field.code());
            String value = raw == null ? "" : raw.strip();
            String path = "fields." + field.code();
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(new FieldProblem(path, "required", field.labelEn() + " is required."));
                }
                continue;
            }
            FieldProblem problem = hasControlCharacters(value) ? invalidCharacters(path, field.labelEn())
                    : check(field, value, path);
            if (problem != null) {
                problems.add(problem);
            } else {
                values.put(field.code(), normalise(field, value));
            }
        }
        return new Result(List.copyOf(problems), values);
    }

    private static FieldProblem check(FieldDefinition field, String value, String path) {
        return switch (field.type()) {
            case SHORT_TEXT -> value.length() > SHORT_TEXT_MAX
                    ? new FieldProblem(path, "too-long", field.labelEn() + " is longer than " + SHORT_TEXT_MAX + " characters.") : null;
            case LONG_TEXT -> value.length() > LONG_TEXT_MAX
                    ? new FieldProblem(path, "too-long", field.labelEn() + " is longer than " + LONG_TEXT_MAX + " characters.") : null;
            case DATE -> isDate(value) ? null
                    : new FieldProblem(path, "invalid-date", field.labelEn() + " must be a date (YYYY-MM-DD).");
            case NUMBER -> {
                BigDecimal number = decimal(value);
                yield number != null && number.scale() <= NUMBER_DECIMALS
                        && number.precision() - number.scale() <= NUMBER_INTEGER_DIGITS ? null
                        : new FieldProblem(path, "invalid-number", field.labelEn() + " must be a number of at most "
                                + NUMBER_INTEGER_DIGITS + " digits and " + NUMBER_DECIMALS + " decimals.");
            }
            case MONEY -> {
                BigDecimal amount = decimal(value);
                yield amount != null && amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 16
                        ? null : new FieldProblem(path, "invalid-money", field.labelEn() + " must be an amount such as 1250.00.");
            }
            case CHOICE -> field.options().stream().anyMatch(o -> o.code().equals(value)) ? null
                    : new FieldProblem(path, "invalid-choice", field.labelEn() + " must be one of "
                            + field.options().stream().map(FieldDefinition.Option::code).toList() + ".");
            case YES_NO -> value.equals("true") || value.equals("false") ? null
                    : new FieldProblem(path, "invalid-yes-no", field.labelEn() + " must be true or false.");
        };
    }

    /**
     * Control characters other than tab and line breaks: nothing a person types, and a NUL is refused by
     * PostgreSQL in text, so they are answered here rather than as a failed write.
     */
    static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static FieldProblem invalidCharacters(String path, String label) {
        return new FieldProblem(path, "invalid-characters", label + " contains control characters.");
    }

    private static String normalise(FieldDefinition field, String value) {
        return switch (field.type()) {
            case NUMBER, MONEY -> decimal(value).toPlainString();
            default -> value;
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static BigDecimal decimal(String value) {
        if (value.length() > DECIMAL_INPUT_MAX) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
