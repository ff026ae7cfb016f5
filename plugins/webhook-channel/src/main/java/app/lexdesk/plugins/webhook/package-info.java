/**
 * The webhook channel plugin ({@code webhook-channel}): each notification is POSTed as JSON to the address a tenant
 * configured, signed with the tenant's secret.
 *
 * <h2>Configuration</h2>
 * {@code url} (required; absolute {@code https://} or {@code http://}, no user name or password, no fragment),
 * {@code secret} (required, at least 16 characters), {@code format} ({@code generic}, the default; {@code teams};
 * {@code slack}), {@code timeoutSeconds} (1-30, default 10: the whole exchange, connecting included). Redirects are
 * not followed.
 *
 * <h2>Request</h2>
 * {@code POST <url>} with {@code Content-Type: application/json; charset=utf-8} and:
 * <ul>
 *   <li>{@code X-Lexdesk-Timestamp}: when it was signed, in seconds since the epoch ({@code 1767225600});</li>
 *   <li>{@code X-Lexdesk-Signature}: {@code sha256=} followed by the lower-case hex HMAC-SHA256, keyed with the
 *       secret (UTF-8), of the timestamp, a dot and the body exactly as received:
 *       {@code hex(hmac_sha256(secret, timestamp + "." + body))};</li>
 *   <li>{@code X-Lexdesk-Delivery}: the delivery's id, the same on every attempt of one delivery, so a receiver
 *       that has already processed it can answer 2xx and ignore the repeat;</li>
 *   <li>{@code X-Lexdesk-Event}: what happened ({@code status-changed}, {@code request-submitted}, …).</li>
 * </ul>
 *
 * <h2>Checking a request (receivers)</h2>
 * <ol>
 *   <li>Read the raw body bytes before any JSON parsing (re-serialised JSON would not match).</li>
 *   <li>Refuse a timestamp more than five minutes from your clock (replays).</li>
 *   <li>Compute {@code "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body))} and compare it with the header
 *       in constant time (Java: {@code MessageDigest.isEqual}; Python: {@code hmac.compare_digest}).</li>
 *   <li>Answer 2xx quickly. 408, 429 and 5xx (and timeouts) make Lexdesk try again later with the same
 *       {@code X-Lexdesk-Delivery}; any other status is final and shown to the tenant's administrators with the
 *       first 200 characters of your answer.</li>
 * </ol>
 *
 * <h2>Body</h2>
 * {@code generic}: one object — {@code tenant} (slug), {@code tenantName}, {@code event}, {@code deliveryId},
 * {@code reference} (the record's, or null), {@code subject}, {@code text} (plain text, already filtered for its
 * recipient), {@code link} (absolute URL of the record, or null), {@code occurredAt} (ISO-8601 instant),
 * {@code language} ({@code en} or {@code fr}).
 * {@code teams}: an Adaptive Card (version 1.2) in a {@code {"type":"message","attachments":[…]}} envelope, which
 * both Teams incoming webhooks and Workflows' "When a Teams webhook request is received" accept: the subject, the
 * text, the reference and legal team as facts, an "Open in Lexdesk" button.
 * {@code slack}: {@code {"text": …, "blocks": […]}} for a Slack incoming webhook — the subject in bold, the text, a
 * context line linking the record; {@code &}, {@code <} and {@code >} escaped as Slack asks, so nothing in a subject
 * can mention {@code @channel}. Teams and Slack ignore the signature headers; their secret is the webhook address
 * itself, which is why details and logs name only its host.
 */
package app.lexdesk.plugins.webhook;
