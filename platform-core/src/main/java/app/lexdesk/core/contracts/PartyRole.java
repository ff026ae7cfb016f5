package app.lexdesk.core.contracts;

/** What a party is to a contract. */
public enum PartyRole { OUR_ENTITY, COUNTERPARTY, GUARANTOR, OTHER }
