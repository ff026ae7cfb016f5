package app.lexdesk.core.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its first bytes: Apache Tika's magic detection (tika-core, no parsers), refined by the file
 * name only where the name names a more specific kind of what the bytes are — a ZIP whose first entry is
 * {@code [Content_Types].xml} called {@code .docx}, {@code .xlsx} or {@code .pptx} is that Office format, text
 * called {@code .csv} is CSV — never trusting the name or what the browser claims otherwise: a PDF called
 * {@code scan.docx} is a PDF, and is stored as {@code scan.pdf} ({@link Inspection#filename()}).
 *
 * <p><b>Refused</b>, by their bytes whatever their name: Windows programs and libraries (PE/MZ:
 * {@code application/x-msdownload}, {@code x-dosexec}), Windows Installer packages named {@code .msi/.msp/.mst}
 * ({@code application/x-ms-installer}), ELF programs, libraries and objects ({@code application/x-elf} and
 * kinds), Mach-O programs and universal binaries ({@code application/x-mach-o*}), Java classes
 * ({@code application/java-vm}), Java and Android archives ({@code application/java-archive}, {@code .apk},
 * {@code .war}, {@code .ear}, and any ZIP whose first entry is {@code META-INF/}, {@code AndroidManifest.xml} or
 * {@code classes.dex}), scripts starting with {@code #!} ({@code application/x-sh} and any interpreter), batch
 * files starting with {@code @echo off} ({@code application/x-bat}), JavaScript ({@code text/javascript}; JSON is
 * not refused), VBScript ({@code text/x-vbscript}) and HTML applications (text holding {@code <hta:application}).
 * And by their name whatever their bytes: {@code .exe .dll .com .scr .pif .cpl .sys .drv .ocx .msi .msp .mst .bat
 * .cmd .ps1 .psm1 .psd1 .vbs .vbe .js .jse .mjs .wsf .wsh .hta .jar .class .apk .war .ear .sh .bash .zsh .csh .ksh
 * .command .run .so .dylib .elf .lnk .reg .scf .appref-ms .msc .gadget} (PowerShell, VBScript and HTA have no
 * magic, so their name is what refuses them).
 *
 * <p><b>Recognised</b> (the tests' table): PDF, PNG, JPEG, GIF, RTF, HTML, XML, JSON, CSV, plain text (and the
 * text kinds Tika names from the extension, e.g. {@code text/x-log}), ZIP, DOCX/XLSX/PPTX (OOXML whose content
 * types come first, as Office writes them) and DOC/XLS/PPT (OLE2 named so). Anything else Tika's magic knows keeps
 * Tika's type; unknown binary is {@code application/octet-stream} and keeps its name. Limits of magic alone: an
 * MSI renamed {@code .doc} reads as a Word document, and OOXML written with another first entry as a ZIP.
 *
 * <p>Pure functions on the bytes given, safe from any thread.
 */
public final class ContentTypes {

    public static final String OCTET_STREAM = "application/octet-stream";
    /** How many first bytes detection reads (Tika's longest magic). */
    public static final int HEAD_BYTES = 64 * 1024;

    static final String BLOCKED_EXTENSIONS_TEXT = ".exe .dll .com .scr .pif .cpl .sys .drv .ocx .msi .msp .mst .bat "
            + ".cmd .ps1 .psm1 .psd1 .vbs .vbe .js .jse .mjs .wsf .wsh .hta .jar .class .apk .war .ear .sh .bash "
            + ".zsh .csh .ksh .command .run .so .dylib .elf .lnk .reg .scf .appref-ms .msc .gadget";
    private static final Set<String> BLOCKED_EXTENSIONS = Set.copyOf(Arrays.stream(BLOCKED_EXTENSIONS_TEXT
            .split(" ")).map(e -> e.substring(1)).toList());
    /** Refused with every kind of them. */
    private static final Set<String> BLOCKED_FAMILIES = Set.of("application/x-msdownload",
            "application/x-ms-installer", "application/x-elf", "application/x-mach-o",
            "application/x-mach-o-universal", "application/java-vm", "application/java-archive", "application/x-sh",
            "application/x-bat", "text/x-vbscript");
    /** Refused themselves, not their kinds ({@code application/json} is a kind of JavaScript to Tika). */
    private static final Set<String> BLOCKED_TYPES = Set.of("text/javascript", "application/x-mach-o-executable",
            "application/x-mach-o-dylib");

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();

    /**
     * What a file is and what it is stored as.
     *
     * @param contentType the detected type, e.g. {@code application/pdf}; null when refused
     * @param filename    the cleaned name, its extension set to the detected type's when it named another type
     *                    (unchanged for {@code application/octet-stream})
     * @param refusal     why the file is refused ("a program", "a script"), or null when it is accepted
     */
    public record Inspection(String contentType, String filename, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private ContentTypes() {
    }

    /** The detected type, or null for a type Lexdesk refuses to store (programs and scripts). */
    public static String detect(byte[] head, int length, String filename) {
        return inspect(head, length, filename).contentType();
    }

    /** Detects the type of the file whose first {@code length} bytes are {@code head} and checks its name. */
    public static Inspection inspect(byte[] head, int length, String filename) {
        String name = FileNames.clean(filename);
        byte[] bytes = Arrays.copyOf(head, Math.max(0, Math.min(length, head.length)));
        String extension = FileNames.extension(name);
        if (BLOCKED_EXTENSIONS.contains(extension)) {
            return new Inspection(null, name, "a program or script (." + extension + ")");
        }
        MediaType type = tika(bytes, name);
        String refusal = refusal(type, bytes);
        if (refusal != null) {
            return new Inspection(null, name, refusal);
        }
        type = visible(type);
        return new Inspection(type.toString(), agreeingName(name, type), null);
    }

    /**
     * Tika's type of the bytes, refined by the name; but bytes no magic knows stay unknown when the name claims a
     * type that has magic of its own (binary called {@code .pdf} is not a PDF).
     */
    private static MediaType tika(byte[] bytes, String name) {
        MediaType magic = tika(bytes, (Metadata) null);
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType refined = tika(bytes, named);
        if (magic.toString().equals(OCTET_STREAM) && !refined.equals(magic) && hasMagic(refined)) {
            return magic;
        }
        return refined;
    }

    private static boolean hasMagic(MediaType type) {
        try {
            return TIKA.forName(type.toString()).hasMagic();
        } catch (MimeTypeException e) {
            return false;
        }
    }

    private static MediaType tika(byte[] bytes, Metadata metadata) {
        if (metadata == null) {
            metadata = new Metadata();
        }
        try {
            return TIKA.detect(new ByteArrayInputStream(bytes), metadata).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(MediaType type, byte[] bytes) {
        if (BLOCKED_TYPES.contains(type.toString())) {
            return "a program or script (" + type + ")";
        }
        for (MediaType t = type; t != null; t = REGISTRY.getSupertype(t)) {
            if (BLOCKED_FAMILIES.contains(t.toString())) {
                return "a program or script (" + type + ")";
            }
        }
        if (starts(bytes, "#!")) {
            return "a script";
        }
        if (starts(bytes, "PK\u0003\u0004") && javaArchive(bytes)) {
            return "a Java or Android archive";
        }
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (text.stripLeading().startsWith("@echo off")) {
            return "a batch file";
        }
        if (text.contains("<hta:application")) {
            return "an HTML application";
        }
        return null;
    }

    /** A ZIP whose first entry says it is a Java or Android archive (its name starts at offset 30). */
    private static boolean javaArchive(byte[] bytes) {
        if (bytes.length < 30) {
            return false;
        }
        int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
        String first = new String(bytes, 30, Math.min(nameLength, bytes.length - 30), StandardCharsets.ISO_8859_1);
        return first.startsWith("META-INF/") || first.equals("AndroidManifest.xml") || first.equals("classes.dex");
    }

    /** Tika's internal container types ({@code x-tika-ooxml}) are shown as what a client knows: their supertype. */
    private static MediaType visible(MediaType type) {
        MediaType shown = type;
        while (shown.getSubtype().startsWith("x-tika-") && REGISTRY.getSupertype(shown) != null) {
            shown = REGISTRY.getSupertype(shown);
        }
        return shown;
    }

    /**
     * {@code name} if its extension is one of {@code type}'s, or if the type is unknown binary, has no extension of
     * its own, or is plain text with an extension Tika does not know; else {@code name} with the type's extension.
     */
    private static String agreeingName(String name, MediaType type) {
        if (type.toString().equals(OCTET_STREAM)) {
            return name;
        }
        MimeType mime;
        try {
            mime = TIKA.forName(type.toString());
        } catch (MimeTypeException e) {
            return name;
        }
        String extension = FileNames.extension(name);
        if (mime.getExtension().isEmpty()
                || mime.getExtensions().stream().anyMatch(e -> e.equalsIgnoreCase("." + extension))) {
            return name;
        }
        if (type.toString().equals("text/plain") && (extension.isEmpty() || unknownExtension(extension))) {
            return name;
        }
        return FileNames.withExtension(name, mime.getExtension());
    }

    private static boolean unknownExtension(String extension) {
        return TIKA.getMimeType("x." + extension).toString().equals(OCTET_STREAM);
    }

    private static boolean starts(byte[] b, String signature) {
        if (b.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((b[i] & 0xFF) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
