package app.lexdesk.core.api;

import app.lexdesk.core.api.FuzzSender.FuzzAnswer;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Sends the cases operation by operation, a few at a time, judges every answer with {@link FuzzOracle}, and
 * counts what is stored before and after each operation's cases. Growth is fine only if some of them
 * succeeded; then the refused ones are sent again on their own and must store nothing, so a refused call that
 * stores is caught even next to successful ones.
 */
final class FuzzRun implements AutoCloseable {

    /** One thing wrong: an answer that breaks the rules, or what refused calls left behind. */
    record Finding(String reason, FuzzCase sent, FuzzAnswer answer) {

        String describe() {
            return reason + " — " + (sent == null ? "" : sent.describe()) + (answer == null ? ""
                    : " → " + answer.describe());
        }
    }

    /** Everything one run found, for the assertion message. */
    /** {@code diagnosing} is the part of {@code elapsed} spent naming refused calls that stored, one by one. */
    record Report(long seed, int cases, int sent, Duration elapsed, Duration diagnosing, List<Finding> findings,
            Map<String, Map<Integer, Integer>> outcomes) {

        /** One line per class of failure (reason, status, media type) with a count and an example, then each. */
        String describe(int listAtMost) {
            StringBuilder out = new StringBuilder().append("Fuzz seed ").append(seed).append(" (-Dfuzz.seed=")
                    .append(seed).append("): ").append(cases).append(" cases, ").append(sent)
                    .append(" requests in ").append(elapsed.toMillis()).append(" ms (")
                    .append(diagnosing.toMillis()).append(" ms of it naming refused calls that stored); ")
                    .append(findings.size()).append(" findings.\n");
            Map<String, List<Finding>> classes = findings.stream().collect(Collectors.groupingBy(Report::kind,
                    LinkedHashMap::new, Collectors.toList()));
            out.append(classes.size()).append(" classes of failure:\n");
            classes.forEach((kind, all) -> out.append("  [").append(all.size()).append("×] ").append(kind)
                    .append("\n      e.g. ").append(all.get(0).describe()).append('\n'));
            out.append("Each failing case:\n");
            findings.stream().limit(listAtMost).forEach(f -> out.append("  ").append(f.describe()).append('\n'));
            if (findings.size() > listAtMost) {
                out.append("  … and ").append(findings.size() - listAtMost).append(" more in the report file.\n");
            }
            return out.toString();
        }

        /** Which statuses each kind of case got, failing or not: what the API does with each junk. */
        String describeOutcomes() {
            StringBuilder out = new StringBuilder("Statuses by operation and case:\n");
            outcomes.forEach((kind, statuses) -> out.append("  ").append(kind).append(' ').append(statuses)
                    .append('\n'));
            return out.toString();
        }

        private static String kind(Finding f) {
            if (f.answer() == null || f.answer().failure() != null) {
                return f.reason();
            }
            String type = f.answer().header("content-type");
            return f.reason() + " | " + f.answer().status() + " " + (type == null ? "no type" : type.split(";")[0]);
        }
    }

    private final FuzzSender sender;
    private final StoredThings stored;
    private final ExecutorService pool;

    FuzzRun(FuzzSender sender, StoredThings stored, int inFlight) {
        this.sender = sender;
        this.stored = stored;
        this.pool = Executors.newFixedThreadPool(inFlight);
    }

    Report run(long seed, List<FuzzCase> cases) throws SQLException, InterruptedException, ExecutionException {
        Instant started = Instant.now();
        List<Finding> findings = new ArrayList<>();
        Map<String, List<FuzzCase>> byOperation = cases.stream().collect(Collectors.groupingBy(FuzzCase::operation,
                LinkedHashMap::new, Collectors.toList()));
        Map<String, Map<Integer, Integer>> outcomes = new LinkedHashMap<>();
        Duration diagnosing = Duration.ZERO;
        int sent = 0;
        for (Map.Entry<String, List<FuzzCase>> operation : byOperation.entrySet()) {
            Map<String, Long> before = stored.count();
            List<Exchange> exchanges = sendAll(operation.getValue());
            sent += exchanges.size();
            Map<String, Long> grown = StoredThings.grown(before, stored.count());
            for (Exchange e : exchanges) {
                List<String> wrong = FuzzOracle.judge(e.answer());
                if (!wrong.isEmpty()) {
                    findings.add(new Finding(String.join(" + ", wrong), e.sent(), e.answer()));
                }
                outcomes.computeIfAbsent(e.sent().operation() + " [" + e.sent().label() + "]", k -> new TreeMap<>())
                        .merge(e.answer().status(), 1, Integer::sum);
            }
            List<FuzzCase> refused = exchanges.stream().filter(e -> !e.succeeded()).map(Exchange::sent).toList();
            if (!grown.isEmpty() && refused.size() < exchanges.size()) {
                // Some succeeded and may have stored; send the refused ones alone to see whether they store too.
                // Should one of them succeed this time (an idempotent replay), the growth proves nothing.
                Map<String, Long> again = stored.count();
                List<Exchange> replayed = sendAll(refused);
                sent += replayed.size();
                grown = replayed.stream().anyMatch(Exchange::succeeded) ? Map.of()
                        : StoredThings.grown(again, stored.count());
            }
            if (!grown.isEmpty()) {
                Instant diagnosis = Instant.now();
                List<Finding> culprits = storingRefusals(refused);
                diagnosing = diagnosing.plus(Duration.between(diagnosis, Instant.now()));
                sent += refused.size();
                findings.addAll(culprits.isEmpty() ? List.of(new Finding("refused calls to " + operation.getKey()
                        + " stored " + grown, null, null)) : culprits);
            }
        }
        return new Report(seed, cases.size(), sent, Duration.between(started, Instant.now()), diagnosing, findings,
                outcomes);
    }

    /** Sends refused cases again one at a time, counting after each, to name the ones that store. */
    private List<Finding> storingRefusals(List<FuzzCase> refused) throws SQLException {
        List<Finding> culprits = new ArrayList<>();
        Map<String, Long> before = stored.count();
        for (FuzzCase c : refused) {
            Exchange e = new Exchange(c, sender.send(c));
            Map<String, Long> after = stored.count();
            Map<String, Long> grown = StoredThings.grown(before, after);
            if (!grown.isEmpty() && !e.succeeded()) {
                culprits.add(new Finding("refused call stored " + grown.keySet(), c, e.answer()));
            }
            before = after;
        }
        return culprits;
    }

    private List<Exchange> sendAll(List<FuzzCase> cases) throws InterruptedException, ExecutionException {
        List<Future<FuzzAnswer>> pending = new ArrayList<>();
        for (FuzzCase c : cases) {
            pending.add(pool.submit(() -> sender.send(c)));
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            exchanges.add(new Exchange(cases.get(i), pending.get(i).get()));
        }
        return exchanges;
    }

    private record Exchange(FuzzCase sent, FuzzAnswer answer) {

        boolean succeeded() {
            return answer.failure() == null && answer.status() >= 200 && answer.status() < 300;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
