/**
 * Dev services: real PostgreSQL, Keycloak, S3 API and SMTP servers started on loopback by the project itself,
 * for the dev run and for integration tests. No Docker: PostgreSQL runs from embedded binaries, Keycloak and
 * S3Proxy from their distributions (resolved by Maven) as child processes, GreenMail in-process.
 * Never on a production classpath.
 */
package app.lexdesk.infra;
