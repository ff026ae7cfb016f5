package app.lexdesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Who sees what of a request is decided in the core, by the type it answers with. */
@CoreIntegrationTest
class RequestVisibilityIT {

    @Autowired IntakeService intake;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;

    @BeforeEach
    void tenant() {
        var t = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(t.id(), t.slug());
    }

    @Test
    void requesters_get_portal_requests_without_classification_and_staff_get_request_details_with_it() {
        PortalRequest submitted = as("requester@client.test", Role.PORTAL_USER, () -> intake.submit(
                new SubmitRequest("other-legal-question", "Mise en demeure de notre fournisseur", "", Map.of(), "fr",
                        null, List.of())));

        SubmittedRequest requesterSees = as("requester@client.test", Role.PORTAL_USER,
                () -> intake.find(submitted.reference()).orElseThrow());
        SubmittedRequest staffSees = as("lawyer@acme.test", Role.LEGAL_STAFF,
                () -> intake.find(submitted.reference()).orElseThrow());

        assertThat(requesterSees).isInstanceOf(PortalRequest.class);
        assertThat(as("requester@client.test", Role.PORTAL_USER, () -> intake.mine()))
                .extracting(PortalRequest::reference).contains(submitted.reference());
        assertThat(staffSees).isInstanceOfSatisfying(RequestDetails.class, details -> {
            assertThat(details.target()).isEqualTo("LITIGATION");
            assertThat(details.classification()).startsWith("rules-classifier");
            assertThat(details.recordReference()).startsWith("MAT-");
        });
        assertThat(as("requester@client.test", Role.PORTAL_USER, () -> intake.findById(submitted.id())))
                .as("the staff read model is not handed to requesters").isEmpty();
        assertThat(as("colleague@client.test", Role.PORTAL_USER, () -> intake.find(submitted.reference())))
                .as("another requester's request is not found").isEmpty();
    }

    private <T> T as(String email, Role role, Supplier<T> work) {
        UUID person = TenantContext.call(acme, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = ?", UUID.class, email)));
        TenantMember member = new TenantMember(acme, "ACME Legal", person, email, email, Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }
}
