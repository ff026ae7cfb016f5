/**
 * The contracts Lexdesk plugins compile against. Small, stable and versioned: it depends on pf4j only (and
 * only at compile time), never on Spring, JPA or Vaadin. Extension points (request classifiers,
 * notification channels) arrive with the issues that need them; each receives its tenant as an explicit
 * parameter and never looks it up.
 */
package app.lexdesk.plugin.api;
