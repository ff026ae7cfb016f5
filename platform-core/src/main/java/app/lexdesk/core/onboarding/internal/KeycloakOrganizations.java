package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.IdentityUnavailableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationInvitationRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tenants' Keycloak Organizations as onboarding needs them, through Keycloak's admin API (26.5): invitations
 * (Keycloak stores each one, mails its link, and forgets it once taken up, withdrawn or replaced), members and
 * domains. Organizations are named by their alias (the tenant's {@code organization}); their ids are remembered.
 *
 * <p>Every failure to reach Keycloak, or a refusal of the service account, is an {@link IdentityUnavailableException};
 * callers make their own changes in the same transaction, so nothing half-done is kept. Thread-safe.
 */
@Component
public class KeycloakOrganizations implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);
    private static final int PAGE = 100;

    /** An invitation Keycloak sent: its id (the link's token names it) and when the link expires. */
    public record SentInvitation(String id, Instant expiresAt) {
    }

    /** A user as Keycloak holds them, for checks that must not rest on a token's claims alone. */
    public record KeycloakUser(String id, String email, boolean emailVerified, String firstName, String lastName) {
    }

    /** Keycloak keeps each domain on one organization of the realm at most. */
    public static class DomainTakenException extends RuntimeException {

        DomainTakenException(String domain) {
            super("The domain " + domain + " belongs to another organization.");
        }
    }

    private final KeycloakAdminProperties properties;
    private final String realm;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private Keycloak client;

    KeycloakOrganizations(KeycloakAdminProperties properties, @Value("${lexdesk.identity.issuer:}") String issuer) {
        this.properties = properties;
        this.realm = issuer.replaceAll("/+$", "").replaceAll("^.*/realms/", "");
    }

    /**
     * Invites {@code email} to the organization: Keycloak mails a link to register (or, for someone with a login in
     * the realm already, to join). Any invitation Keycloak still holds for that address in this organization is
     * replaced. Empty when the person is a member of the organization already: there is nothing to send.
     */
    public Optional<SentInvitation> invite(String organization, String email, String firstName, String lastName) {
        return call("invite " + email, () -> {
            OrganizationResource org = organization(organization);
            for (OrganizationInvitationRepresentation old : invitations(org, email)) {
                org.invitations().delete(old.getId()).close();
            }
            try (Response sent = org.members().inviteUser(email, firstName, lastName)) {
                if (sent.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    return Optional.empty();
                }
                if (sent.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
                    throw new InvalidParameterException("email", "invalid-email",
                            "Keycloak does not take " + email + " as an email address.");
                }
                ensureSuccess(sent, "invite " + email);
            }
            return Optional.of(latest(org, email));
        });
    }

    /**
     * Sends the invitation again with a new link (the old one stops working), or a new invitation when Keycloak no
     * longer holds this one. Empty when the person has become a member of the organization meanwhile.
     */
    public Optional<SentInvitation> resend(String organization, String invitationId, String email, String firstName,
            String lastName) {
        if (invitationId == null) {
            return invite(organization, email, firstName, lastName);
        }
        Optional<SentInvitation> resent = call("resend the invitation of " + email, () -> {
            OrganizationResource org = organization(organization);
            try (Response sent = org.invitations().resend(invitationId)) {
                if (sent.getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                    return null;
                }
                if (sent.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    return Optional.<SentInvitation>empty();
                }
                ensureSuccess(sent, "resend the invitation of " + email);
            }
            return Optional.of(latest(org, email));
        });
        return resent != null ? resent : invite(organization, email, firstName, lastName);
    }

    /** Deletes the invitation, so its link stops working; one Keycloak no longer holds is fine. */
    public void withdraw(String organization, String invitationId) {
        if (invitationId == null) {
            return;
        }
        call("withdraw invitation " + invitationId, () -> {
            try (Response deleted = organization(organization).invitations().delete(invitationId)) {
                if (deleted.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                    ensureSuccess(deleted, "withdraw invitation " + invitationId);
                }
            }
            return null;
        });
    }

    /** Sends people who take up an invitation to {@code url} (the organization's redirect URL). */
    public void redirectTo(String organization, String url) {
        if (url.equals(redirects.get(organization))) {
            return;
        }
        call("set the redirect URL of " + organization, () -> {
            OrganizationResource org = organization(organization);
            OrganizationRepresentation representation = org.toRepresentation();
            if (!url.equals(representation.getRedirectUrl())) {
                representation.setRedirectUrl(url);
                try (Response updated = org.update(representation)) {
                    ensureSuccess(updated, "set the redirect URL of " + organization);
                }
            }
            return null;
        });
        redirects.put(organization, url);
    }

    /**
     * Adds an email domain to the organization; false, changing nothing, when the organization has it already (its
     * own domain, say, which onboarding must not take over and later remove).
     *
     * @throws DomainTakenException when another organization of the realm has it
     */
    public boolean addDomain(String organization, String domain) {
        return call("add domain " + domain + " to " + organization, () -> {
            OrganizationResource org = organization(organization);
            OrganizationRepresentation representation = org.toRepresentation();
            if (representation.getDomain(domain) != null) {
                return false;
            }
            representation.addDomain(new OrganizationDomainRepresentation(domain));
            try (Response updated = org.update(representation)) {
                if (updated.getStatus() == Response.Status.CONFLICT.getStatusCode()
                        || updated.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
                    log.info("Keycloak refused domain {} for {}: HTTP {} {}", domain, organization,
                            updated.getStatus(), updated.readEntity(String.class));
                    throw new DomainTakenException(domain);
                }
                ensureSuccess(updated, "add domain " + domain + " to " + organization);
            }
            return true;
        });
    }

    /** Removes an email domain from the organization; one it does not have is fine. */
    public void removeDomain(String organization, String domain) {
        call("remove domain " + domain + " from " + organization, () -> {
            OrganizationResource org = organization(organization);
            OrganizationRepresentation representation = org.toRepresentation();
            OrganizationDomainRepresentation existing = representation.getDomain(domain);
            if (existing != null) {
                representation.removeDomain(existing);
                try (Response updated = org.update(representation)) {
                    ensureSuccess(updated, "remove domain " + domain + " from " + organization);
                }
            }
            return null;
        });
    }

    /** Makes the realm's user {@code userId} a member of the organization; one already is fine. */
    public void addMember(String organization, String userId) {
        call("add user " + userId + " to " + organization, () -> {
            try (Response added = organization(organization).members().addMember(userId)) {
                if (added.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                    ensureSuccess(added, "add user " + userId + " to " + organization);
                }
            }
            return null;
        });
    }

    /** The realm's user {@code userId} (a token's subject), if there is one. */
    public Optional<KeycloakUser> user(String userId) {
        return call("read user " + userId, () -> {
            try {
                UserRepresentation user = realm().users().get(userId).toRepresentation();
                return Optional.of(new KeycloakUser(user.getId(), user.getEmail(),
                        Boolean.TRUE.equals(user.isEmailVerified()), user.getFirstName(), user.getLastName()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private List<OrganizationInvitationRepresentation> invitations(OrganizationResource org, String email) {
        return org.invitations().list(null, email, 0, PAGE).stream()
                .filter(i -> email.equalsIgnoreCase(i.getEmail())).toList();
    }

    private SentInvitation latest(OrganizationResource org, String email) {
        OrganizationInvitationRepresentation sent = invitations(org, email).stream()
                .max(Comparator.comparingInt(OrganizationInvitationRepresentation::getSentDate))
                .orElseThrow(() -> new IdentityUnavailableException("Keycloak sent no invitation to " + email));
        return new SentInvitation(sent.getId(), sent.getExpiresAt() == 0 ? null
                : Instant.ofEpochSecond(sent.getExpiresAt()));
    }

    private OrganizationResource organization(String alias) {
        String id = organizationIds.computeIfAbsent(alias, this::findOrganization);
        return realm().organizations().get(id);
    }

    private String findOrganization(String alias) {
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = realm().organizations().list(first, PAGE);
            Optional<String> found = page.stream().filter(o -> alias.equals(o.getAlias()))
                    .map(OrganizationRepresentation::getId).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (page.size() < PAGE) {
                throw new IdentityUnavailableException("Keycloak has no organization " + alias + " in realm " + realm);
            }
        }
    }

    private <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException e) {
            log.warn("Keycloak's admin API could not {}: {}", what, e.getMessage());
            throw new IdentityUnavailableException("Keycloak could not be reached to " + what + ".", e);
        } catch (WebApplicationException e) {
            log.warn("Keycloak's admin API refused to {}: HTTP {}", what, e.getResponse().getStatus());
            throw new IdentityUnavailableException("Keycloak refused to " + what + " (HTTP "
                    + e.getResponse().getStatus() + ").", e);
        }
    }

    private static void ensureSuccess(Response response, String what) {
        if (response.getStatus() >= 300) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            log.warn("Keycloak's admin API refused to {}: HTTP {} {}", what, response.getStatus(), body);
            throw new IdentityUnavailableException("Keycloak refused to " + what + " (HTTP " + response.getStatus()
                    + ").");
        }
    }

    private synchronized RealmResource realm() {
        if (client == null) {
            if (!properties.configured() || realm.isBlank()) {
                throw new IdentityUnavailableException("Keycloak's admin API is not configured: set "
                        + "lexdesk.keycloak.admin.server-url, realm, client-id and client-secret (or username and "
                        + "password), and lexdesk.identity.issuer.");
            }
            KeycloakBuilder builder = KeycloakBuilder.builder().serverUrl(properties.serverUrl())
                    .realm(properties.realm()).clientId(properties.clientId());
            if (properties.serviceAccount()) {
                builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientSecret(properties.clientSecret());
            } else {
                builder.grantType(OAuth2Constants.PASSWORD).username(properties.username())
                        .password(properties.password());
                if (properties.clientSecret() != null && !properties.clientSecret().isBlank()) {
                    builder.clientSecret(properties.clientSecret());
                }
            }
            client = builder.build();
        }
        return client.realm(realm);
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
