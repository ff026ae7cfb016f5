/**
 * The record core's persistence for the kinds that specialise it (matters, contracts): the shared mapping, the
 * shared repository queries and the one list query. Only record kinds use this; everyone else reads records
 * through their services' read models.
 */
@org.springframework.modulith.NamedInterface("persistence")
package app.lexdesk.core.records.persistence;
