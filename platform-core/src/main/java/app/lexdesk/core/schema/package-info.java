/**
 * Schema: when and as whom the Flyway migrations run. In production a one-off migration step runs them as the schema
 * owner and exits ({@code lexdesk.migrations=migrate-and-exit}), and the serving applications only validate the
 * schema as the application role ({@code validate}), so the owner's password never reaches the pods that serve the
 * internet. The dev run and the tests migrate at start-up ({@code migrate}, the default).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schema")
package app.lexdesk.core.schema;
