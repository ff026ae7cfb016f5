package app.lexdesk.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet written by SXSSF, which keeps a window of rows in memory and spills the rest to a temporary file, so a
 * large list costs disk, not heap. Text is always a string cell (never a formula); formula-like text is also marked
 * "quote prefixed", as Excel marks text typed after an apostrophe, so editing the cell keeps it text. Dates are date
 * cells; column widths follow the longest value seen (bounded), since SXSSF cannot size columns from rows it has
 * already written out.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int WIDEST_CHARACTERS = 60;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle textStyle;
    private int[] widths = new int[0];
    private int next;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null ? "Export" : sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        short dates = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(dates);
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        textStyle = workbook.createCellStyle();
        textStyle.setQuotePrefixed(true);
    }

    @Override
    public void header(List<String> names) {
        SXSSFRow row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            SXSSFCell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(headerStyle);
            measure(i, names.get(i));
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> values) {
        SXSSFRow row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
                measure(i, "0000-00-00");
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateTimeStyle);
                measure(i, "0000-00-00 00:00");
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                measure(i, number.toString());
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (TableWriter.looksLikeFormula(text)) {
                    cell.setCellStyle(textStyle);
                }
                measure(i, text);
            }
        }
    }

    private void measure(int column, String text) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, column + 1);
        }
        widths[column] = Math.max(widths[column], Math.min(WIDEST_CHARACTERS, text.length()));
    }

    @Override
    public void close() throws IOException {
        try {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (widths[i] + 2) * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
