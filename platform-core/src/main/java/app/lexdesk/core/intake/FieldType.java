package app.lexdesk.core.intake;

/** Kinds of typed fields a request type can ask for. */
public enum FieldType { SHORT_TEXT, LONG_TEXT, DATE, NUMBER, MONEY, CHOICE, YES_NO }
