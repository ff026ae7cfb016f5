/**
 * The REST API ({@code /api/v1}): an OAuth2 resource server for the tenants' realm. The tenant comes from the
 * token (its single {@code organization} plus a Lexdesk membership), never from the request; errors are
 * RFC 9457 {@code application/problem+json}; records of other tenants answer 404.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API")
package app.lexdesk.core.api;
