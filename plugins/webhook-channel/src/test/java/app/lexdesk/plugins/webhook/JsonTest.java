package app.lexdesk.plugins.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void quotes_and_backslashes_are_escaped() {
        assertThat(Json.string("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
        assertThat(Json.string("C:\\temp\\")).isEqualTo("\"C:\\\\temp\\\\\"");
    }

    @Test
    void control_characters_are_escaped_short_where_json_has_a_short_form() {
        assertThat(Json.string("a\nb\rc\td\be\ff")).isEqualTo("\"a\\nb\\rc\\td\\be\\ff\"");
        assertThat(Json.string("\u0000\u0001\u001f\u007f")).isEqualTo("\"\\u0000\\u0001\\u001f\\u007f\"");
    }

    @Test
    void unicode_passes_as_is_except_line_separators_and_lone_surrogates() {
        assertThat(Json.string("Référence € 日本 😀")).isEqualTo("\"Référence € 日本 😀\"");
        assertThat(Json.string("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
        assertThat(Json.string("lone \ud83d here and \ude00 there")).isEqualTo("\"lone \ufffd here and \ufffd there\"");
        assertThat(Json.string(null)).isEqualTo("null");
    }

    @Test
    void every_character_reads_back_the_same_through_a_real_parser() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xd800; c++) {
            all.append(c);
        }
        for (char c = 0xe000; c != 0; c++) {
            all.append(c);
        }
        all.append("😀");
        String json = Json.object().string("all", all.toString()).string("none", null).write();
        JsonNode read = JACKSON.readTree(json);
        assertThat(read.get("all").asText()).isEqualTo(all.toString());
        assertThat(read.get("none").isNull()).isTrue();
    }

    @Test
    void objects_and_arrays_nest() throws Exception {
        String json = Json.object().string("a", "x").bool("b", true)
                .raw("c", Json.array(List.of(Json.object().string("d", "\"").write(), "null"))).write();
        JsonNode read = JACKSON.readTree(json);
        assertThat(read.get("a").asText()).isEqualTo("x");
        assertThat(read.get("b").asBoolean()).isTrue();
        assertThat(read.get("c").get(0).get("d").asText()).isEqualTo("\"");
        assertThat(read.get("c").get(1).isNull()).isTrue();
        assertThat(Json.object().write()).isEqualTo("{}");
    }
}
