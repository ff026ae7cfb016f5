package app.lexdesk.plugins.webhook;

import app.lexdesk.plugin.api.ChannelNotification;
import app.lexdesk.plugin.api.DeliveryResult;
import app.lexdesk.plugin.api.NotificationChannel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.pf4j.Extension;

/**
 * POSTs each notification as JSON to the tenant's URL, signed with the tenant's secret (see the package
 * documentation for the headers and how a receiver checks them). 2xx is delivered; 408, 429, 5xx, timeouts and
 * connection failures are retried by the host; any other answer is final. The whole exchange — connecting, sending,
 * reading the answer — is bounded by the tenant's {@code timeoutSeconds}. One HTTP client serves every tenant; nothing
 * of a tenant is kept between calls.
 */
@Extension
public class WebhookChannel implements NotificationChannel {

    static final String TIMESTAMP = "X-Lexdesk-Timestamp";
    static final String SIGNATURE = "X-Lexdesk-Signature";
    static final String DELIVERY = "X-Lexdesk-Delivery";
    static final String EVENT = "X-Lexdesk-Event";
    private static final int KEPT_ANSWER_BYTES = 512;
    private static final int DETAIL_ANSWER_CHARS = 200;

    private final HttpClient client;
    private final Clock clock;

    public WebhookChannel() {
        this(HttpClient.newBuilder()
                // Redirects are not followed: a signed body goes only where the administrator said.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(WebhookSettings.MAX_TIMEOUT_SECONDS))
                .build(), Clock.systemUTC());
    }

    WebhookChannel(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "webhook-channel";
    }

    @Override
    public String displayName(Locale locale) {
        // French says "webhook" too.
        return "Webhook";
    }

    @Override
    public String configurationSchema() {
        return WebhookSettings.SCHEMA;
    }

    @Override
    public List<String> validate(Map<String, Object> configuration) {
        return WebhookSettings.problems(configuration);
    }

    @Override
    public DeliveryResult deliver(ChannelNotification notification, Map<String, Object> configuration) {
        WebhookSettings settings;
        try {
            settings = WebhookSettings.from(configuration);
        } catch (IllegalArgumentException e) {
            return DeliveryResult.failed("The webhook configuration is not usable: " + e.getMessage());
        }
        byte[] body = Payloads.body(settings.format(), notification).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(settings.url())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Lexdesk-Webhook/1")
                    .header(TIMESTAMP, Long.toString(timestamp))
                    .header(SIGNATURE, Signature.header(settings.secret(), timestamp, body))
                    .header(DELIVERY, notification.deliveryId())
                    .header(EVENT, notification.event())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return DeliveryResult.failed("The notification cannot be sent as a webhook request: " + e.getMessage());
        }
        return send(request, settings);
    }

    private DeliveryResult send(HttpRequest request, WebhookSettings settings) {
        String host = settings.url().getHost();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request,
                info -> new ResponseStart(KEPT_ANSWER_BYTES));
        try {
            return outcome(exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return timedOut(settings, host);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("Interrupted before " + host + " answered.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return timedOut(settings, host);
            }
            if (cause instanceof ConnectException) {
                return DeliveryResult.retry("Could not connect to " + host + " (connection refused or unreachable).");
            }
            if (cause instanceof SSLException) {
                return DeliveryResult.retry("TLS with " + host + " failed: " + cause.getMessage());
            }
            if (cause instanceof IOException) {
                return DeliveryResult.retry("Network error talking to " + host + " ("
                        + cause.getClass().getSimpleName() + ").");
            }
            return DeliveryResult.retry("Sending to " + host + " failed (" + cause.getClass().getSimpleName() + ").");
        }
    }

    private static DeliveryResult timedOut(WebhookSettings settings, String host) {
        return DeliveryResult.retry("Timed out after " + settings.timeout().toSeconds() + " s waiting for " + host
                + ".");
    }

    static DeliveryResult outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered("HTTP " + status);
        }
        String detail = "HTTP " + status + response.headers().firstValue("Retry-After")
                .map(after -> " (Retry-After: " + readable(after, 40) + ")").orElse("") + answer(response.body());
        if (status == 408 || status == 429 || status >= 500) {
            return DeliveryResult.retry(detail);
        }
        if (status >= 300 && status < 400) {
            return DeliveryResult.failed(detail + " — redirects are not followed; configure the final address.");
        }
        return DeliveryResult.failed(detail);
    }

    private static String answer(String body) {
        String text = readable(body, DETAIL_ANSWER_CHARS);
        return text.isEmpty() ? "" : ": " + text;
    }

    /** The receiver's words on one line, without control characters, at most {@code max} characters. */
    private static String readable(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
