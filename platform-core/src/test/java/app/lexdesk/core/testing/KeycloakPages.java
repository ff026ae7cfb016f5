package app.lexdesk.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser on Keycloak's own pages, without a browser: follows the links Keycloak mails and fills its
 * forms over plain HTTP, keeping Keycloak's cookies. Keycloak marks them {@code Secure}, which a browser honours on
 * {@code http://localhost} and the JDK's cookie handler does not, so they are kept here by hand. Redirects are
 * followed while they stay on Keycloak; one that leaves it (to the application) ends the walk.
 */
public final class KeycloakPages {

    /** A page Keycloak answered, or the redirect that left Keycloak ({@code leftTo}). */
    public record Page(int status, URI uri, String html, URI leftTo) {

        /** The page's text without tags, scripts or runs of white space. */
        public String text() {
            return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                    .replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"")
                    .replaceAll("\\s+", " ").strip();
        }

        /** The value of the input called {@code name}, or null. */
        public String input(String name) {
            Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
            if (!input.find()) {
                return null;
            }
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            return value.find() ? value.group(1) : "";
        }
    }

    private final String keycloak;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** {@code keycloakUrl}: Keycloak's base URL, which tells its redirects from the ones that leave it. */
    public KeycloakPages(String keycloakUrl) {
        this.keycloak = keycloakUrl;
    }

    public Page open(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Submits the form whose id is {@code formId} on {@code page} with {@code fields}. */
    public Page submit(Page page, String formId, Map<String, String> fields) {
        Matcher form = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(page.html());
        if (!form.find()) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri() + ": " + page.text());
        }
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Form " + formId + " has no action");
        }
        URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private Page follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10; hops++) {
            if (current.statusCode() / 100 != 3) {
                return new Page(current.statusCode(), current.uri(), current.body(), null);
            }
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            if (!next.toString().startsWith(keycloak)) {
                return new Page(current.statusCode(), current.uri(), current.body(), next);
            }
            current = send(HttpRequest.newBuilder(next).GET());
        }
        throw new IllegalStateException("Too many redirects from " + response.uri());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = pair.substring(0, equals).strip();
                if (cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(equals + 1));
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
