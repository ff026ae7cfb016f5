package app.lexdesk.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.MatterSummary;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordFilter.Assignee;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.EventListeners;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A filtered list exported through its service, page by page, on the real database: the file holds exactly the rows
 * the filter shows, every page of them, and nothing of another tenant.
 */
@CoreIntegrationTest
class ListExportIT {

    /** The lists' sort plus the id, so offset pages neither skip nor repeat rows that tie. */
    static final Sort STABLE = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired TenantDirectory directory;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    final String tag = "export" + UUID.randomUUID().toString().substring(0, 8);
    final List<String> portalLitigation = new ArrayList<>();

    @BeforeEach
    void records() {
        in("acme", () -> {
            for (int i = 0; i < 5; i++) {
                portalLitigation.add(open("Dispute " + i + " " + tag, "LITIGATION", Origin.PORTAL));
            }
            open("=HYPERLINK(\"http://evil.test\") " + tag, "LITIGATION", Origin.PORTAL);
            portalLitigation.add("=HYPERLINK(\"http://evil.test\") " + tag);
            open("Internal dispute " + tag, "LITIGATION", Origin.INTERNAL);
            open("Portal shares " + tag, "CORPORATE", Origin.PORTAL);
            contracts.open(new OpenContract("Supply, \"urgent\" " + tag, "", "SUPPLY", "Initech", Origin.PORTAL, null,
                    null, null, "test"));
            contracts.open(new OpenContract("Services " + tag, "", "SERVICES", "Umbrella", Origin.INTERNAL, null,
                    null, null, "test"));
            return null;
        });
        in("globex", () -> open("Dispute globex " + tag, "LITIGATION", Origin.PORTAL));
    }

    /** The records opened here publish events whose listeners run after commit: leave none running for the next test. */
    @AfterEach
    void listenersDone() {
        EventListeners.awaitCompletion(jdbc);
    }

    @Test
    void a_boards_filtered_export_holds_exactly_its_rows_across_pages_in_both_formats() throws IOException {
        MatterQuery query = new MatterQuery("LITIGATION", new RecordFilter(tag, Origin.PORTAL, Set.of(),
                Assignee.ANYONE));
        TableExport<MatterSummary> export = new TableExport<>(List.of(
                new TableExport.Column<>("Référence", MatterSummary::reference),
                new TableExport.Column<>("Titre", MatterSummary::title),
                new TableExport.Column<>("Tableau", MatterSummary::board)), 2);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        long written = in("acme", () -> write(export, TableFormat.CSV,
                (offset, limit) -> matters.find(query, offset, limit, STABLE), csv));
        assertThat(written).isEqualTo(6);
        List<CSVRecord> records = TableWritersTest.parseCsv(csv.toByteArray());
        assertThat(records.get(0).toList()).containsExactly("Référence", "Titre", "Tableau");
        List<String> titles = records.stream().skip(1).map(r -> r.get(1)).toList();
        assertThat(titles).hasSize(6).doesNotHaveDuplicates();
        assertThat(titles.stream().map(t -> t.startsWith("'") ? t.substring(1) : t).toList())
                .containsExactlyInAnyOrderElementsOf(portalLitigation);
        assertThat(titles).contains("'=HYPERLINK(\"http://evil.test\") " + tag)
                .noneMatch(t -> t.contains("globex") || t.startsWith("Internal") || t.startsWith("Portal shares"));
        assertThat(records.stream().skip(1).map(r -> r.get(2))).containsOnly("LITIGATION");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        in("acme", () -> write(export, TableFormat.XLSX,
                (offset, limit) -> matters.find(query, offset, limit, STABLE), xlsx));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> xlsxTitles = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    xlsxTitles.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(xlsxTitles).containsExactlyInAnyOrderElementsOf(portalLitigation);
        }
    }

    @Test
    void a_contracts_export_follows_its_filter_and_another_tenant_exporting_the_same_filter_gets_an_empty_table()
            throws IOException {
        ContractQuery portal = new ContractQuery(null, new RecordFilter(tag, Origin.PORTAL, Set.of(), Assignee.ANYONE));
        TableExport<ContractSummary> export = new TableExport<>(List.of(
                new TableExport.Column<>("Title", ContractSummary::title),
                new TableExport.Column<>("Parties", ContractSummary::parties)));
        ByteArrayOutputStream acme = new ByteArrayOutputStream();
        in("acme", () -> write(export, TableFormat.CSV,
                (offset, limit) -> contracts.find(portal, offset, limit, STABLE), acme));
        assertThat(TableWritersTest.parseCsv(acme.toByteArray()).stream().skip(1).map(CSVRecord::toList).toList())
                .containsExactly(List.of("Supply, \"urgent\" " + tag, "Initech"));

        ByteArrayOutputStream globex = new ByteArrayOutputStream();
        long written = in("globex", () -> write(export, TableFormat.CSV,
                (offset, limit) -> contracts.find(new ContractQuery(null, RecordFilter.none().withSearch(tag)),
                        offset, limit, STABLE), globex));
        assertThat(written).isZero();
        assertThat(TableWritersTest.parseCsv(globex.toByteArray())).hasSize(1);
        ByteArrayOutputStream globexMatters = new ByteArrayOutputStream();
        in("globex", () -> write(new TableExport<MatterSummary>(List.of(new TableExport.Column<>("Title",
                MatterSummary::title))), TableFormat.CSV, (offset, limit) -> matters.find(new MatterQuery(null,
                RecordFilter.none().withSearch(tag)), offset, limit, STABLE), globexMatters));
        assertThat(TableWritersTest.parseCsv(globexMatters.toByteArray()).stream().skip(1).map(r -> r.get(0)))
                .containsExactly("Dispute globex " + tag);
    }

    private static <T> long write(TableExport<T> export, TableFormat format, TableExport.PageSource<T> pages,
            ByteArrayOutputStream out) {
        try {
            return export.write(format, "Export", pages, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String open(String title, String board, Origin origin) {
        matters.open(new OpenMatter(title, "", board, origin, null, null, null, "test"));
        return title;
    }

    /** Each page in a transaction of its own, as a download reads them (the export holds no transaction open). */
    private <T> T in(String slug, Supplier<T> work) {
        var t = directory.findBySlug(slug).orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()), work);
    }
}
