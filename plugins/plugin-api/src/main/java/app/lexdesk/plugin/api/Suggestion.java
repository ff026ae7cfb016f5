package app.lexdesk.plugin.api;

import java.util.Objects;

/**
 * A classifier's answer: where the request should go, how sure it is, and why, in words staff will read
 * ("rules-classifier matched 'mise en demeure'").
 *
 * @param target     a board code ({@code CORPORATE}, {@code LITIGATION}, {@code IP}) for matter requests, or a
 *                   contract type code for contract requests
 * @param confidence from 0 to 1; the host takes the first suggestion at or above its threshold (0.5)
 * @param reason     a short human-readable reason, shown to staff
 */
public record Suggestion(String target, double confidence, String reason) {

    public Suggestion {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
    }
}
