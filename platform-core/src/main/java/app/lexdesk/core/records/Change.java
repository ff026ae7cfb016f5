package app.lexdesk.core.records;

/**
 * One field of an edit: a {@code Change} sets the field to {@code value} (null clears it); a null {@code Change}
 * leaves the field as it is. The shape of a JSON merge patch, where an absent member and a null member differ.
 */
public record Change<T>(T value) {

    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }

    public static <T> Change<T> clear() {
        return new Change<>(null);
    }
}
