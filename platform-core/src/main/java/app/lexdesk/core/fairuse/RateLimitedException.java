package app.lexdesk.core.fairuse;

import java.time.Duration;

/** The caller (or the caller's tenant) did too much of {@code action} lately; nothing was done. */
public class RateLimitedException extends RuntimeException {

    private final RateLimits.Action action;
    private final Duration retryAfter;

    public RateLimitedException(RateLimits.Action action, boolean wholeTenant, Duration retryAfter) {
        super((wholeTenant ? "Your organisation has made" : "You have made") + " too many " + action.noun()
                + " in a short time; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
        this.action = action;
        this.retryAfter = retryAfter;
    }

    public RateLimits.Action action() {
        return action;
    }

    /** How long until one more is allowed, rounded up to whole seconds by {@link #retryAfterSeconds()}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
