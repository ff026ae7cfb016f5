package app.lexdesk.core.api;

import app.lexdesk.core.api.FuzzSender.FuzzAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every answer of the API must be, whatever it was sent: no server error, errors as RFC 9457 problems
 * ({@code application/problem+json} with {@code type}, {@code title} and a {@code status} equal to the answer's),
 * and never a stack trace. A 2xx or a 4xx problem is fine; which one is the operation's business.
 */
final class FuzzOracle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (app|org|java|javax|jakarta|com|sun|jdk)\\.[\\w$.]+\\(|Exception:|Caused by:|\"trace\"\\s*:");

    private FuzzOracle() {
    }

    /** Why the answer is wrong, each reason a short stable phrase so failures group into classes; empty if fine. */
    static List<String> judge(FuzzAnswer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.failure() != null) {
            wrong.add("no answer");
            return wrong;
        }
        int status = answer.status();
        if (status >= 500) {
            wrong.add("server error " + status);
        } else if (status >= 300 && status < 400) {
            wrong.add("redirect " + status);
        } else if (status < 200) {
            wrong.add("informational answer " + status);
        }
        if (status >= 400) {
            String contentType = answer.header("content-type");
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                wrong.add("error not application/problem+json but " + mediaType(contentType));
            } else {
                problemFields(answer).ifPresent(wrong::add);
            }
        }
        if (STACK_TRACE.matcher(answer.body()).find() || answer.headers().values().stream()
                .anyMatch(v -> STACK_TRACE.matcher(v).find())) {
            wrong.add("stack trace in the answer");
        }
        return wrong;
    }

    private static Optional<String> problemFields(FuzzAnswer answer) {
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return Optional.of("problem body is not JSON");
        }
        if (problem == null || !problem.isObject()) {
            return Optional.of("problem body is not a JSON object");
        }
        boolean complete = problem.path("type").isTextual() && !problem.path("type").asText().isBlank()
                && problem.path("title").isTextual() && problem.path("status").isInt()
                && problem.path("status").asInt() == answer.status();
        return complete ? Optional.empty()
                : Optional.of("problem lacks type, title or a matching status");
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "none";
        }
        return contentType.split(";")[0].strip();
    }
}
