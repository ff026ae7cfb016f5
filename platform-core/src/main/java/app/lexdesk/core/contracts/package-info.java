/**
 * Contracts &amp; documents: contracts worked by the contracts team, with their type, parties and value.
 * Contract requests from the portal land here and are worked like any other contract.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contracts & documents")
package app.lexdesk.core.contracts;
