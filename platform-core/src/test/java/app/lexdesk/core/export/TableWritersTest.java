package app.lexdesk.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export writers, read back by parsers that are not ours (commons-csv, POI's XSSF reader). */
class TableWritersTest {

    static final List<String> HEADER = List.of("Référence", "Titre", "Créé le");
    static final List<List<?>> TRICKY = List.of(
            List.of("MAT-1", "Bail \"commercial\", Lyon", LocalDate.of(2026, 3, 1)),
            Arrays.asList("MAT-2", "Deux lignes\r\net une virgule, ici", null),
            List.of("MAT-3", "Ærø – 東京 – 🚀 – ç", LocalDate.of(2026, 12, 31)));
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"clic\")", "+1+1", "-2+3", "@SUM(A1)",
            "\tcmd", "\rcmd");

    @Test
    void csv_is_utf8_with_a_byte_order_mark_and_crlf_records() throws IOException {
        byte[] file = csv(HEADER, TRICKY);
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Référence,Titre,Créé le\r\nMAT-1,\"Bail \"\"commercial\"\", Lyon\",2026-03-01\r\n");
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void csv_quotes_commas_quotes_and_line_breaks_so_a_parser_reads_back_every_value() throws IOException {
        List<CSVRecord> records = parseCsv(csv(HEADER, TRICKY));
        assertThat(records).hasSize(4);
        assertThat(records.get(0).toList()).isEqualTo(HEADER);
        assertThat(records.get(1).toList()).containsExactly("MAT-1", "Bail \"commercial\", Lyon", "2026-03-01");
        assertThat(records.get(2).toList()).containsExactly("MAT-2", "Deux lignes\r\net une virgule, ici", "");
        assertThat(records.get(3).toList()).containsExactly("MAT-3", "Ærø – 東京 – 🚀 – ç", "2026-12-31");
    }

    @Test
    void csv_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() throws IOException {
        List<List<?>> rows = FORMULAS.stream().<List<?>>map(f -> List.of(f)).toList();
        List<CSVRecord> records = parseCsv(csv(List.of("Titre"), rows));
        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList())
                .containsExactlyElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(parseCsv(csv(List.of("n"), List.of(List.of(-5), List.of("a=b"), List.of("x-1")))).stream().skip(1)
                .map(r -> r.get(0)).toList()).as("numbers and text with an inner sign are left alone")
                .containsExactly("-5", "a=b", "x-1");
    }

    @Test
    void xlsx_opens_with_its_header_unicode_text_and_date_cells() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(HEADER, TRICKY)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Dossiers");
            assertThat(texts(sheet.getRow(0))).isEqualTo(HEADER);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Bail \"commercial\", Lyon");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Deux lignes\r\net une virgule, ici");
            assertThat(sheet.getRow(2).getCell(2)).as("null is an empty cell").isNull();
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Ærø – 東京 – 🚀 – ç");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void xlsx_writes_formula_like_text_as_quote_prefixed_text_never_as_a_formula() throws IOException {
        List<List<?>> rows = FORMULAS.stream().<List<?>>map(f -> List.of(f)).toList();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(List.of("Titre"), rows)))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < FORMULAS.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).as(FORMULAS.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(FORMULAS.get(i)).isTrue();
            }
        }
    }

    @Test
    void an_export_reads_its_source_page_by_page_until_a_short_page_and_writes_every_row_once() throws IOException {
        int total = TableExport.PAGE_SIZE * 2 + 7;
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            all.add(i);
        }
        AtomicInteger calls = new AtomicInteger();
        TableExport<Integer> export = new TableExport<>(List.of(new TableExport.Column<>("n", n -> n),
                new TableExport.Column<>("when", n -> LocalDateTime.of(2026, 1, 1, 9, 30))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = export.write(TableFormat.CSV, "n", (offset, limit) -> {
            calls.incrementAndGet();
            assertThat(limit).isEqualTo(TableExport.PAGE_SIZE);
            return all.subList(Math.min(offset, total), Math.min(offset + limit, total));
        }, out);
        assertThat(written).isEqualTo(total);
        assertThat(calls).hasValue(3);
        List<CSVRecord> records = parseCsv(out.toByteArray());
        assertThat(records).hasSize(total + 1);
        assertThat(records.stream().skip(1).map(r -> Integer.parseInt(r.get(0))).toList()).isEqualTo(all);
        assertThat(records.get(1).get(1)).isEqualTo("2026-01-01T09:30:00");
    }

    static byte[] csv(List<String> header, List<List<?>> rows) throws IOException {
        return write(TableFormat.CSV, header, rows);
    }

    static byte[] xlsx(List<String> header, List<List<?>> rows) throws IOException {
        return write(TableFormat.XLSX, header, rows);
    }

    private static byte[] write(TableFormat format, List<String> header, List<List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = format.open(out, "Dossiers")) {
            writer.header(header);
            for (List<?> row : rows) {
                writer.row(row);
            }
        }
        return out.toByteArray();
    }

    static List<CSVRecord> parseCsv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        return CSVFormat.RFC4180.builder().get().parse(new InputStreamReader(new ByteArrayInputStream(
                text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).getRecords();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
