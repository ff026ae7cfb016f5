package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of what Lexdesk recognises and refuses, as the Javadoc of {@link ContentTypes} lists it. */
class ContentTypesTest {

    static final String PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n";
    static final String OLE2 = "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\u0000\u0000";
    static final String OOXML = zip("[Content_Types].xml");
    static final String ZIP = zip("notes/readme.txt");

    static Stream<Arguments> recognised() {
        return Stream.of(
                // bytes, name as uploaded, detected type, name as stored
                Arguments.of(PDF, "lettre.pdf", "application/pdf", "lettre.pdf"),
                Arguments.of(PDF, "scan.docx", "application/pdf", "scan.pdf"),
                Arguments.of(PDF, "scan", "application/pdf", "scan.pdf"),
                Arguments.of("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", "photo.png", "image/png", "photo.png"),
                Arguments.of("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF", "photo.jpeg", "image/jpeg", "photo.jpeg"),
                Arguments.of("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF", "photo.png", "image/jpeg", "photo.jpg"),
                Arguments.of("GIF89a\u0001\u0000", "anim.gif", "image/gif", "anim.gif"),
                Arguments.of("{\\rtf1\\ansi hello}", "memo.rtf", "application/rtf", "memo.rtf"),
                Arguments.of("<!DOCTYPE html><html><body>x</body></html>", "page.html", "text/html", "page.html"),
                Arguments.of("<?xml version=\"1.0\"?><contract/>", "contract.xml", "application/xml", "contract.xml"),
                Arguments.of("{\"amount\": 1200}", "data.json", "application/json", "data.json"),
                Arguments.of("name,amount\nACME,1200\n", "figures.csv", "text/csv", "figures.csv"),
                Arguments.of("Mise en demeure reçue hier.\n", "lettre.txt", "text/plain", "lettre.txt"),
                Arguments.of("Mise en demeure reçue hier.\n", "README", "text/plain", "README"),
                Arguments.of("Mise en demeure reçue hier.\n", "notes.foo", "text/plain", "notes.foo"),
                Arguments.of("Mise en demeure reçue hier.\n", "fake.pdf", "text/plain", "fake.txt"),
                Arguments.of("2026-01-01 started\n", "server.log", "text/x-log", "server.log"),
                Arguments.of(OOXML, "brief.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "brief.docx"),
                Arguments.of(OOXML, "budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "budget.xlsx"),
                Arguments.of(OOXML, "deck.pptx",
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation", "deck.pptx"),
                Arguments.of(OOXML, "brief.zip", "application/zip", "brief.zip"),
                Arguments.of(ZIP, "bundle.zip", "application/zip", "bundle.zip"),
                // A ZIP's name may say which kind of ZIP it is: magic alone cannot tell a DOCX written otherwise.
                Arguments.of(ZIP, "bundle.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "bundle.docx"),
                Arguments.of(OLE2, "old.doc", "application/msword", "old.doc"),
                Arguments.of(OLE2, "old.xls", "application/vnd.ms-excel", "old.xls"),
                Arguments.of(OLE2, "old.ppt", "application/vnd.ms-powerpoint", "old.ppt"),
                Arguments.of("\u0000\u0001\u0002\u0003binary", "blob.dat", ContentTypes.OCTET_STREAM, "blob.dat"),
                Arguments.of("\u0000\u0001\u0002\u0003binary", "blob.pdf", ContentTypes.OCTET_STREAM, "blob.pdf"));
    }

    @ParameterizedTest(name = "{1} holding {2} is stored as {3}")
    @MethodSource("recognised")
    void types_are_recognised_from_the_bytes_and_the_name_agrees(String bytes, String name, String type,
            String stored) {
        ContentTypes.Inspection inspection = inspect(bytes, name);
        assertThat(inspection.refused()).as(inspection.refusal()).isFalse();
        assertThat(inspection.contentType()).isEqualTo(type);
        assertThat(inspection.filename()).isEqualTo(stored);
        assertThat(ContentTypes.detect(bytes(bytes), bytes.length(), name)).isEqualTo(type);
    }

    @Test
    void the_zip_helper_puts_the_first_entry_name_at_offset_30() {
        assertThat(zip("ab").indexOf("ab")).isEqualTo(30);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // bytes, name: refused whatever the name says
                Arguments.of("MZ\u0090\u0000\u0003\u0000\u0000\u0000PE", "setup.pdf"),
                Arguments.of("MZ\u0090\u0000\u0003\u0000\u0000\u0000PE", "setup"),
                Arguments.of("\u007fELF\u0002\u0001\u0001\u0000", "report.pdf"),
                Arguments.of("\u00cf\u00fa\u00ed\u00fe\u0007\u0000\u0000\u0001", "photo.jpg"),
                Arguments.of("\u00ca\u00fe\u00ba\u00be\u0000\u0000\u0000\u0002", "universal.txt"),
                Arguments.of("\u00ca\u00fe\u00ba\u00be\u0000\u0000\u00004", "Main.txt"),
                Arguments.of(zip("META-INF/MANIFEST.MF"), "library.zip"),
                Arguments.of(zip("AndroidManifest.xml"), "app.zip"),
                Arguments.of(zip("classes.dex"), "app.zip"),
                Arguments.of(OLE2, "installer.msi"),
                Arguments.of("#!/bin/sh\nrm -rf /\n", "notes.txt"),
                Arguments.of("#!/usr/bin/env python3\nprint(1)\n", "notes.txt"),
                Arguments.of("@echo off\r\ndel *.*\r\n", "notes.txt"),
                Arguments.of("<html><head><HTA:APPLICATION ID=\"x\"/></head></html>", "page.html"),
                Arguments.of("alert(1);\n", "script.js"),
                Arguments.of("MsgBox \"hi\"\n", "hello.vbs"));
    }

    @ParameterizedTest(name = "{1} holding such bytes is refused")
    @MethodSource("refused")
    void programs_and_scripts_are_refused_by_their_bytes(String bytes, String name) {
        ContentTypes.Inspection inspection = inspect(bytes, name);
        assertThat(inspection.refused()).as(inspection.contentType()).isTrue();
        assertThat(inspection.contentType()).isNull();
        assertThat(ContentTypes.detect(bytes(bytes), bytes.length(), name)).isNull();
    }

    @Test
    void every_blocked_extension_is_refused_whatever_the_bytes() {
        String[] extensions = ContentTypes.BLOCKED_EXTENSIONS_TEXT.split(" ");
        assertThat(extensions).contains(".exe", ".dll", ".com", ".scr", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".jar",
                ".msi", ".sh", ".hta", ".apk");
        for (String extension : extensions) {
            assertThat(inspect("Just some text.\n", "harmless" + extension).refused()).as(extension).isTrue();
            assertThat(inspect("Just some text.\n", "HARMLESS" + extension.toUpperCase()).refused()).as(extension)
                    .isTrue();
        }
        assertThat(inspect(PDF, "invoice.pdf.exe").refused()).isTrue();
        assertThat(inspect(PDF, "invoice.exe.pdf").refused()).isFalse();
    }

    @Test
    void the_javadoc_lists_every_blocked_extension() throws Exception {
        String source = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/main/java/app/lexdesk/core/attachments/ContentTypes.java")), StandardCharsets.UTF_8);
        String javadoc = source.substring(0, source.indexOf("public final class")).replaceAll("\\s*\\*\\s*", " ");
        assertThat(Arrays.stream(ContentTypes.BLOCKED_EXTENSIONS_TEXT.split(" ")))
                .allSatisfy(extension -> assertThat(javadoc).as(extension)
                        .containsPattern(java.util.regex.Pattern.quote(extension) + "(?![a-z0-9-])"));
    }

    @Test
    void only_the_first_bytes_given_are_read() {
        byte[] head = bytes(PDF + "x".repeat(100));
        assertThat(ContentTypes.detect(head, 4, "a.pdf")).isEqualTo("text/plain");
        assertThat(ContentTypes.detect(head, head.length, "a.pdf")).isEqualTo("application/pdf");
    }

    /** A ZIP's local file header naming its first entry (as at offset 30 of every ZIP). */
    static String zip(String firstEntry) {
        String header = "PK\u0003\u0004" + "\u0014\u0000" + "\u0000\u0000" + "\u0008\u0000" + "\u0000".repeat(4)
                + "\u0000".repeat(12);
        return header + (char) firstEntry.length() + "\u0000" + "\u0000\u0000" + firstEntry + "content";
    }

    private static ContentTypes.Inspection inspect(String bytes, String name) {
        return ContentTypes.inspect(bytes(bytes), bytes.length(), name);
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
