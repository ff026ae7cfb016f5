package app.lexdesk.plugin.api;

import java.util.Objects;

/**
 * How a {@link NotificationChannel#deliver delivery} went, with a short detail administrators read in the delivery
 * log ("HTTP 204", "HTTP 503 from hooks.example.com", "timed out after 10 s"). The detail names a status or a
 * cause, never a secret.
 *
 * @param outcome what the host does next: nothing, try again later, or give up
 * @param detail  the status or cause in a few words; empty when there is nothing to say
 */
public record DeliveryResult(Outcome outcome, String detail) {

    /** What a delivery attempt came to. */
    public enum Outcome {
        /** The receiver took the notification. */
        DELIVERED,
        /** It may work later; the host retries with backoff through its delivery log. */
        RETRY,
        /** It will not work as configured; final, never retried. */
        FAILED
    }

    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
    }

    public static DeliveryResult delivered(String detail) {
        return new DeliveryResult(Outcome.DELIVERED, detail);
    }

    public static DeliveryResult retry(String reason) {
        return new DeliveryResult(Outcome.RETRY, reason);
    }

    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(Outcome.FAILED, reason);
    }
}
