package app.lexdesk.plugins.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first bytes of a receiver's answer ("invalid_payload", "no_service") for the delivery's detail and
 * discards the rest, so a receiver answering megabytes costs no memory.
 */
final class ResponseStart implements HttpResponse.BodySubscriber<String> {

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;

    ResponseStart(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int n = Math.min(buffer.remaining(), limit - kept.size());
            if (n > 0) {
                byte[] bytes = new byte[n];
                buffer.get(bytes);
                kept.write(bytes, 0, n);
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(new String(kept.toByteArray(), StandardCharsets.UTF_8));
    }
}
