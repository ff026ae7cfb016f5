package app.lexdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails on an untranslated string: every key in both languages, and every key the code uses exists. */
class TranslationsTest {

    /** Any string literal shaped like a message key ("area.portal"): keys are always written out whole. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void english_and_french_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        en.forEach((k, v) -> assertThat(v.toString()).as("English " + k).isNotBlank());
        fr.forEach((k, v) -> assertThat(v.toString()).as("French " + k).isNotBlank());
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in code").hasSizeGreaterThan(10);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_fr.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void the_provider_answers_in_the_asked_language_with_parameters() {
        LexdeskI18NProvider provider = new LexdeskI18NProvider();
        assertThat(provider.getTranslation("portal.home.welcome", Locale.FRANCE, "Rachel")).isEqualTo("Bienvenue, Rachel");
        assertThat(provider.getTranslation("portal.home.welcome", Locale.GERMAN, "Rachel")).isEqualTo("Welcome, Rachel");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
