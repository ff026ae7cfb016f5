package app.lexdesk.core.schema;

/** What an application does with the schema at start-up: the property {@code lexdesk.migrations}. */
public enum Migrations {

    /** Migrate as {@code spring.flyway.user}, then serve: the dev run and the tests (the default). */
    MIGRATE,

    /**
     * Only check, as the application role, that every migration of this build is applied, and refuse to start
     * otherwise; never change the schema. The serving pods in production.
     */
    VALIDATE,

    /** Migrate as {@code spring.flyway.user} and exit, serving nothing: the migration step (a Kubernetes Job). */
    MIGRATE_AND_EXIT
}
