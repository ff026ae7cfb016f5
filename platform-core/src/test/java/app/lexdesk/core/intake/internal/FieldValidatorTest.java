package app.lexdesk.core.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.FieldType;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.SubmitRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FieldValidatorTest {

    final RequestTypeDetails type = new RequestTypeDetails(null, "t", RequestKind.MATTER, "T", "T", "", "", null,
            List.of(new FieldDefinition("count", FieldType.NUMBER, false, "Count", "Nombre", "", "", null),
                    new FieldDefinition("amount", FieldType.MONEY, false, "Amount", "Montant", "", "", null)),
            true);

    @Test
    void numbers_whose_plain_form_would_be_huge_are_refused_not_expanded() {
        for (String huge : List.of("1e1000000000", "1e-1000000000", "1E21", "123456789012345678901", "1e-11",
                "9".repeat(65))) {
            assertThat(problems(Map.of("count", huge))).as(huge).singleElement()
                    .satisfies(p -> assertThat(p.code()).isEqualTo("invalid-number"));
        }
        assertThat(problems(Map.of("amount", "1e1000000000"))).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("invalid-money"));
    }

    @Test
    void ordinary_numbers_are_kept_in_plain_form() {
        FieldValidator.Result result = FieldValidator.validate(type, submit(Map.of("count", "1.5e3", "amount", "12.50")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.values()).containsEntry("count", "1500").containsEntry("amount", "12.50");
        assertThat(problems(Map.of("count", "12345678901234567890.0123456789"))).isEmpty();
    }

    @Test
    void null_values_count_as_not_given_and_null_attachment_ids_are_named() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("count", null);
        assertThat(submit(withNull).fields()).isEmpty();
        assertThatThrownBy(() -> new SubmitRequest("t", "s", "", Map.of(), "en", null, Arrays.asList(UUID.randomUUID(),
                null))).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field).containsExactly("attachments[1]"));
    }

    @Test
    void a_submission_cannot_carry_more_fields_files_or_key_than_any_type_takes() {
        Map<String, String> many = new HashMap<>();
        IntStream.range(0, SubmitRequest.MAX_FIELDS + 1).forEach(i -> many.put("f" + i, "x"));
        assertThatThrownBy(() -> submit(many)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("fields"));
        List<UUID> files = IntStream.range(0, SubmitRequest.MAX_ATTACHMENTS + 1).mapToObj(i -> UUID.randomUUID())
                .toList();
        assertThatThrownBy(() -> new SubmitRequest("t", "s", "", Map.of(), "en", "k".repeat(201), files))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("Idempotency-Key", "attachments"));
    }

    private List<FieldProblem> problems(Map<String, String> fields) {
        return FieldValidator.validate(type, submit(fields)).problems();
    }

    private static SubmitRequest submit(Map<String, String> fields) {
        return new SubmitRequest("t", "Subject", "", fields, "en", null, List.of());
    }
}
