package io.manchette.webhook;

import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * Sends one signed webhook over HTTP: a POST with the Standard Webhooks headers, within the
 * configured timeouts, never following a redirect (a 3xx is a failure, so a receiver cannot bounce
 * the request to a private address). The address rule is checked again first, as DNS may have
 * changed since the subscription was written.
 */
@ApplicationScoped
public class WebhookSender {

    /** What an attempt came to: a status code when the receiver answered, an error when it failed. */
    public record Outcome(Integer statusCode, String error, long durationMs) {
        public boolean delivered() {
            return error == null;
        }
    }

    private final WebhookAddresses addresses;
    private final HttpClient client;
    private final Duration requestTimeout;

    WebhookSender(WebhookAddresses addresses, ManchetteConfig config) {
        this.addresses = addresses;
        this.requestTimeout = config.webhooks().requestTimeout();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.webhooks().connectTimeout())
                .build();
    }

    public Outcome send(String url, String id, long timestamp, List<String> secrets, String body) {
        long start = System.nanoTime();
        var refusal = addresses.refusal(url);
        if (refusal.isPresent()) {
            return new Outcome(null, "refused: the URL " + refusal.get(), elapsed(start));
        }
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Manchette-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signatures(secrets, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String error = null;
            if (status >= 300 && status < 400) {
                error = "redirect not followed (to "
                        + response.headers().firstValue("Location").orElse("nowhere") + ")";
            } else if (status < 200 || status >= 300) {
                error = "the receiver answered " + status;
            }
            return new Outcome(status, error == null ? null : truncate(error), elapsed(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timed out: " + e.getMessage(), elapsed(start));
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(null, truncate("could not connect: " + message), elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while sending", elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
