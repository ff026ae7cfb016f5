package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    /** RFC 6266: exactly one quoted ASCII filename, then one filename* as RFC 5987 ext-value, nothing else. */
    private static final Pattern SAFE_HEADER = Pattern.compile(
            "attachment; filename=\"([A-Za-z0-9 ._\\-()+,@&=!~\\[\\]]+)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]+)");

    @Test
    void a_name_that_tries_to_add_its_own_parameter_stays_one_filename() {
        String name = "a\"; filename*=UTF-8''evil.exe";
        String cleaned = FileNames.clean(name);
        assertThat(cleaned).doesNotContain("\"", ";").isEqualTo("a__ filename*=UTF-8''evil.exe");

        String header = FileNames.contentDisposition(name);
        Matcher matcher = SAFE_HEADER.matcher(header);
        assertThat(matcher.matches()).as(header).isTrue();
        assertThat(header).containsOnlyOnce("filename=").containsOnlyOnce("filename*=");
        assertThat(matcher.group(1)).isEqualTo("a__ filename_=UTF-8__evil.exe");
        assertThat(matcher.group(2)).isEqualTo("a__%20filename%2A%3DUTF-8%27%27evil.exe");
    }

    @Test
    void a_path_with_control_characters_and_a_semicolon_becomes_a_plain_name() {
        String name = "..\\..\\x;y\r\n.pdf";
        assertThat(FileNames.clean(name)).isEqualTo("x_y.pdf");
        assertThat(FileNames.contentDisposition(name))
                .isEqualTo("attachment; filename=\"x_y.pdf\"; filename*=UTF-8''x_y.pdf")
                .doesNotContain("\r", "\n", "\\");
    }

    @Test
    void accented_names_keep_their_letters_in_the_utf8_form_and_lose_the_accents_in_the_fallback() {
        assertThat(FileNames.contentDisposition("contrat signé.txt")).isEqualTo(
                "attachment; filename=\"contrat signe.txt\"; filename*=UTF-8''contrat%20sign%C3%A9.txt");
        assertThat(SAFE_HEADER.matcher(FileNames.contentDisposition("合同 v2.pdf")).matches()).isTrue();
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource(delimiter = '|', value = {
            "report.pdf|report.pdf",
            "C:\\Users\\me\\Desktop\\report.pdf|report.pdf",
            "/etc/passwd|passwd",
            "../../etc/passwd|passwd",
            "..|file",
            "...|file",
            ".hidden|hidden",
            "  spaced   out .txt  |spaced out .txt",
            "tab\there.txt|tabhere.txt",
            "quote\"d.txt|quote_d.txt",
            "semi;colon.txt|semi_colon.txt",
            "nul\u0000.txt|nul.txt",
            "right\u202Eto-left.txt|rightto-left.txt",
            "''|file"})
    void names_are_cleaned(String given, String stored) {
        assertThat(FileNames.clean(given)).isEqualTo(stored);
    }

    @Test
    void no_name_is_a_file() {
        assertThat(FileNames.clean(null)).isEqualTo("file");
        assertThat(FileNames.contentDisposition(null)).isEqualTo("attachment; filename=\"file\"; filename*=UTF-8''file");
    }

    @Test
    void long_names_are_cut_to_255_characters_keeping_their_extension() {
        String cleaned = FileNames.clean("n".repeat(2000) + ".pdf");
        assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith("n.pdf");
        assertThat(FileNames.clean("é".repeat(300))).hasSize(FileNames.MAX_LENGTH);
        assertThat(FileNames.clean("😀".repeat(200))).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH)
                .doesNotEndWith("\uD83D");
    }

    @Test
    void the_extension_is_replaced_or_added() {
        assertThat(FileNames.withExtension("scan.docx", ".pdf")).isEqualTo("scan.pdf");
        assertThat(FileNames.withExtension("scan", ".pdf")).isEqualTo("scan.pdf");
        assertThat(FileNames.extension("archive.tar.GZ")).isEqualTo("gz");
        assertThat(FileNames.extension("noextension")).isEmpty();
        assertThat(FileNames.extension("trailing.")).isEmpty();
    }
}
