package app.lexdesk.plugins.webhook;

import app.lexdesk.plugin.api.ChannelNotification;
import java.util.ArrayList;
import java.util.List;

/** The body POSTed for a notification, in the tenant's chosen {@link Format}. */
final class Payloads {

    /** Slack refuses a section whose text is longer. */
    static final int SLACK_SECTION_LIMIT = 3000;
    /** Teams refuses messages over about 28 KB; the body text stays well under it. */
    static final int TEAMS_TEXT_LIMIT = 4000;

    private Payloads() {
    }

    static String body(Format format, ChannelNotification n) {
        return switch (format) {
            case GENERIC -> generic(n);
            case TEAMS -> teams(n);
            case SLACK -> slack(n);
        };
    }

    /** Lexdesk's own shape: every field of the notification, named as documented in the package. */
    static String generic(ChannelNotification n) {
        return Json.object()
                .string("tenant", n.tenant())
                .string("tenantName", n.tenantName())
                .string("event", n.event())
                .string("deliveryId", n.deliveryId())
                .string("reference", n.recordReference())
                .string("subject", n.subject())
                .string("text", n.text())
                .string("link", n.link())
                .string("occurredAt", n.occurredAt().toString())
                .string("language", n.language())
                .write();
    }

    /**
     * An Adaptive Card in a {@code message} envelope: the shape both Teams' classic incoming webhooks and Workflows'
     * "When a Teams webhook request is received" accept (Workflows do not take the older MessageCard).
     */
    static String teams(ChannelNotification n) {
        List<String> body = new ArrayList<>();
        body.add(Json.object().string("type", "TextBlock").string("text", title(n)).string("weight", "Bolder")
                .string("size", "Medium").bool("wrap", true).write());
        if (!n.text().isEmpty()) {
            body.add(Json.object().string("type", "TextBlock").string("text", cut(n.text(), TEAMS_TEXT_LIMIT))
                    .bool("wrap", true).write());
        }
        List<String> facts = new ArrayList<>();
        if (n.recordReference() != null) {
            facts.add(fact(label(n, "Reference", "Référence"), n.recordReference()));
        }
        facts.add(fact(label(n, "Legal team", "Équipe juridique"), n.tenantName()));
        body.add(Json.object().string("type", "FactSet").raw("facts", Json.array(facts)).write());
        Json.Members card = Json.object()
                .string("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .string("type", "AdaptiveCard")
                .string("version", "1.2")
                .raw("body", Json.array(body));
        if (n.link() != null) {
            card.raw("actions", Json.array(List.of(Json.object().string("type", "Action.OpenUrl")
                    .string("title", label(n, "Open in Lexdesk", "Ouvrir dans Lexdesk")).string("url", n.link())
                    .write())));
        }
        String attachment = Json.object().string("contentType", "application/vnd.microsoft.card.adaptive")
                .raw("contentUrl", "null").raw("content", card.write()).write();
        return Json.object().string("type", "message").raw("attachments", Json.array(List.of(attachment))).write();
    }

    /**
     * Slack's incoming-webhook message: {@code text} for notifications and clients without blocks, then blocks — the
     * subject in bold, the text, and a context line linking the record. All of it is escaped as Slack's mrkdwn asks
     * ({@code &}, {@code <}, {@code >}), so a subject like {@code <!channel>} pings nobody.
     */
    static String slack(ChannelNotification n) {
        String reference = n.recordReference() == null ? "" : n.recordReference();
        String fallback = slackText(title(n) + (reference.isEmpty() ? "" : " (" + reference + ")"),
                SLACK_SECTION_LIMIT);
        List<String> blocks = new ArrayList<>();
        blocks.add(section("*" + slackText(title(n), SLACK_SECTION_LIMIT - 2) + "*"));
        if (!n.text().isEmpty()) {
            blocks.add(section(slackText(n.text(), SLACK_SECTION_LIMIT)));
        }
        String where = slackText(n.tenantName(), 500);
        if (n.link() != null) {
            String label = slackText(reference.isEmpty() ? label(n, "Open in Lexdesk", "Ouvrir dans Lexdesk")
                    : reference, 200);
            where = "<" + slackLink(n.link()) + "|" + label + "> · " + where;
        } else if (!reference.isEmpty()) {
            where = slackText(reference, 200) + " · " + where;
        }
        blocks.add(Json.object().string("type", "context").raw("elements", Json.array(List.of(
                Json.object().string("type", "mrkdwn").string("text", where).write()))).write());
        return Json.object().string("text", fallback).raw("blocks", Json.array(blocks)).write();
    }

    private static String section(String mrkdwn) {
        return Json.object().string("type", "section")
                .raw("text", Json.object().string("type", "mrkdwn").string("text", mrkdwn).write()).write();
    }

    /** {@code text} escaped for Slack's mrkdwn, cut (with an ellipsis) so that the escaped form fits {@code max}. */
    static String slackText(String text, int max) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (escaped.length() <= max) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(max);
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            String one = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> new String(Character.toChars(c));
            };
            if (out.length() + one.length() > max - 1) {
                break;
            }
            out.append(one);
        }
        return out.append('…').toString();
    }

    /** A URL inside Slack's {@code <url|label>}: its markup characters escaped, a bar encoded so it ends no URL. */
    private static String slackLink(String url) {
        return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    }

    /** The subject, or the event's name when there is none: Teams and Slack show no empty heading. */
    private static String title(ChannelNotification n) {
        return n.subject().isBlank() ? n.event() : n.subject();
    }

    private static String fact(String title, String value) {
        return Json.object().string("title", title).string("value", value).write();
    }

    private static String label(ChannelNotification n, String english, String french) {
        return "fr".equals(n.language()) ? french : english;
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
