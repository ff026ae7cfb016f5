package app.lexdesk.core.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the fuzz suite: the operation it aims at, what junk it carries ({@code label}), whom it is
 * sent as, and the exact request. {@code socket} requests go over a raw socket because the JDK client refuses
 * to send them (a bare {@code %}, a header with a control character, a missing {@code Host}, …).
 *
 * @param caller    a caller of {@link FuzzSender} ({@code portal}, {@code staff}, {@code anonymous})
 * @param target    the request target exactly as sent: path and query, already percent-encoded or not on purpose
 * @param headers   sent in this order; a {@code null} value means "leave out the header the sender would add"
 * @param protocol  the request line's version, {@code HTTP/1.1} unless the case is about another one
 */
record FuzzCase(String operation, String label, String caller, String method, String target, List<Header> headers,
        byte[] body, boolean socket, String protocol) {

    record Header(String name, String value) {
    }

    static FuzzCase of(String operation, String label, String method, String target, List<Header> headers,
            byte[] body) {
        return new FuzzCase(operation, label, null, method, target, List.copyOf(headers), body, false, "HTTP/1.1");
    }

    FuzzCase as(String who) {
        return new FuzzCase(operation, label, who, method, target, headers, body, socket, protocol);
    }

    FuzzCase overSocket() {
        return new FuzzCase(operation, label, caller, method, target, headers, body, true, protocol);
    }

    FuzzCase withProtocol(String version) {
        return new FuzzCase(operation, label, caller, method, target, headers, body, true, version);
    }

    FuzzCase withLabel(String what) {
        return new FuzzCase(operation, what, caller, method, target, headers, body, socket, protocol);
    }

    FuzzCase withTarget(String to) {
        return new FuzzCase(operation, label, caller, method, to, headers, body, socket, protocol);
    }

    FuzzCase withMethod(String verb) {
        return new FuzzCase(operation, label, caller, verb, target, headers, body, socket, protocol);
    }

    FuzzCase withBody(byte[] content) {
        return new FuzzCase(operation, label, caller, method, target, headers, content, socket, protocol);
    }

    /** The same request with {@code name} set to {@code value} (replacing a header of that name). */
    FuzzCase withHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers.stream().filter(h -> !h.name().equalsIgnoreCase(name)).toList());
        changed.add(new Header(name, value));
        return new FuzzCase(operation, label, caller, method, target, List.copyOf(changed), body, socket, protocol);
    }

    /** The same request with one more header, even if one of that name is there already. */
    FuzzCase plusHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers);
        changed.add(new Header(name, value));
        return new FuzzCase(operation, label, caller, method, target, List.copyOf(changed), body, socket, protocol);
    }

    String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst()
                .orElse(null);
    }

    /** How to send it again by hand: every part cut to a readable length. */
    String describe() {
        StringBuilder out = new StringBuilder().append(method).append(' ').append(excerpt(target, 160));
        if (!"HTTP/1.1".equals(protocol)) {
            out.append(' ').append(protocol);
        }
        out.append(" as ").append(caller).append(socket ? " (raw socket)" : "").append(" [").append(label).append(']');
        headers.forEach(h -> out.append(" -H '").append(h.name()).append(": ")
                .append(h.value() == null ? "(left out)" : excerpt(h.value(), 60)).append('\''));
        if (body != null) {
            out.append(" body(").append(body.length).append(" B)='")
                    .append(excerpt(new String(body, StandardCharsets.UTF_8), 160)).append('\'');
        }
        return out.toString();
    }

    static String excerpt(String text, int max) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + flat.length() + " chars)";
    }
}
