package app.lexdesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.intake.FieldDefinition.Option;
import app.lexdesk.core.intake.internal.RequestTypeRepository;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/** The checks of a request type's fields, without a database: each problem names the exact input at fault. */
class RequestTypeServiceTest {

    final CurrentTenant acme = new CurrentTenant(UUID.randomUUID(), "acme");
    final RequestTypeRepository repository = mock(RequestTypeRepository.class);
    final MatterService matters = mock(MatterService.class);
    final RequestTypeService types = new RequestTypeService(repository, matters, mock(ContractService.class),
            new TenantCaches(Duration.ofMinutes(1)), mock(PlatformTransactionManager.class));

    @Test
    void a_missing_label_is_reported_on_the_language_that_is_missing() {
        assertProblems(List.of(field("deadline", FieldType.DATE, "Deadline", " ", List.of()),
                        field("court", FieldType.SHORT_TEXT, null, "Tribunal", List.of())),
                "fields[0].labelFr:required", "fields[1].labelEn:required");
    }

    @Test
    void options_need_their_own_codes_and_both_labels() {
        assertProblems(List.of(field("court", FieldType.CHOICE, "Court", "Tribunal", List.of(
                        new Option("commercial", "Commercial", "Commerce"), new Option("commercial", "Trade", "Négoce"),
                        new Option(null, "Civil", "Civil"), new Option("labour", "Labour", "")))),
                "fields[0].options[1].code:duplicate-code", "fields[0].options[2].code:invalid-code",
                "fields[0].options[3].labelFr:required");
    }

    @Test
    void a_field_code_used_twice_is_a_duplicate_and_a_badly_shaped_one_is_invalid() {
        assertProblems(List.of(field("deadline", FieldType.DATE, "Deadline", "Échéance", List.of()),
                        field("deadline", FieldType.DATE, "Due", "Pour le", List.of()),
                        field("Due Date", FieldType.DATE, "Due", "Pour le", List.of())),
                "fields[1].code:duplicate-code", "fields[2].code:invalid-code");
    }

    private void assertProblems(List<FieldDefinition> fields, String... expected) {
        when(matters.boardCodes()).thenReturn(Set.of("LITIGATION"));
        // An administrator's work in the service's eyes; the role check itself is Administration's to test.
        assertThatThrownBy(() -> TenantContext.callAsPlatformWork(acme, () -> types.save(new SaveRequestType(
                "disputes", RequestKind.MATTER, "Disputes", "Litiges", "", "", "LITIGATION", fields, true))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code()).containsExactlyInAnyOrder(expected));
        verifyNoInteractions(repository);
    }

    private static FieldDefinition field(String code, FieldType type, String labelEn, String labelFr,
            List<Option> options) {
        return new FieldDefinition(code, type, false, labelEn, labelFr, "", "", options);
    }
}
