/**
 * The rules classifier plugin: a tenant's ordered rules, then built-in EN/FR phrase defaults, suggest a
 * Matters board for a request. Matching is case- and accent-insensitive and on whole words.
 */
package app.lexdesk.plugins.rules;
