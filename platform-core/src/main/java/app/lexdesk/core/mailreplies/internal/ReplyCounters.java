package app.lexdesk.core.mailreplies.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * How many inbound messages ended how since start, on this node: {@code placed}, {@code duplicate} (already handled),
 * {@code dropped} (automatic), {@code refused.<reason>} ({@link Refusal.Reason#key()}), {@code failed}. The core has
 * no metrics registry on its classpath; these are what an operator (or a future Micrometer binding) reads, and what
 * each refusal's log line says beside. Thread-safe.
 */
@Component
public class ReplyCounters {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(String outcome) {
        counts.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    public long count(String outcome) {
        LongAdder n = counts.get(outcome);
        return n == null ? 0 : n.sum();
    }

    /** Every count, by outcome. */
    public Map<String, Long> all() {
        Map<String, Long> all = new TreeMap<>();
        counts.forEach((k, v) -> all.put(k, v.sum()));
        return all;
    }
}
