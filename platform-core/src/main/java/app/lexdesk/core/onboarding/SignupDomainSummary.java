package app.lexdesk.core.onboarding;

import java.util.UUID;

/** An email domain whose people may sign up by themselves, and the company they join as portal users. */
public record SignupDomainSummary(UUID id, UUID companyId, String companyName, String domain) {
}
