package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.FileVisibility;
import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.core.attachments.VisibilitySource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visibility rule, written once: a recursive walk of a record's live folders from the top level that carries
 * each folder's outcome down to what follows it ({@code visible_to_portal} null), and the folder whose setting
 * decided it. Staff lists, the requester's files and the requester's download check all read it, so what the
 * portal shows, what the API answers and what a link opens cannot disagree.
 *
 * <p>A file in a deleted folder is gone with it. Every query names the tenant (row-level security checks it again).
 * Callers run inside a transaction: outside one, row-level security knows no tenant and finds nothing.
 */
@Component
public class RecordFileQueries {

    private static final String FOLDERS = """
            with recursive folders (id, parent_id, name, own, visible, source_name, path, shown_path, purpose,
                                    created_at, depth) as (
                select f.id, f.parent_id, f.name, f.visible_to_portal, coalesce(f.visible_to_portal, false),
                       case when f.visible_to_portal is not null then f.name end,
                       f.name, case when f.visible_to_portal then f.name end, f.purpose, f.created_at, 1
                from record_folder f
                where f.tenant_id = :tenant and f.record_id = :record and f.parent_id is null and f.deleted_at is null
              union all
                select c.id, c.parent_id, c.name, c.visible_to_portal, coalesce(c.visible_to_portal, p.visible),
                       case when c.visible_to_portal is not null then c.name else p.source_name end,
                       p.path || ' / ' || c.name,
                       case when coalesce(c.visible_to_portal, p.visible) then concat_ws(' / ', p.shown_path, c.name)
                            else p.shown_path end,
                       c.purpose, c.created_at, p.depth + 1
                from record_folder c join folders p on c.parent_id = p.id
                where c.tenant_id = :tenant and c.deleted_at is null and p.depth < 64
            )
            """;

    private static final String FILES = FOLDERS + """
            select a.id, a.folder_id, coalesce(f.path, '') as path, coalesce(f.shown_path, '') as shown_path,
                   a.filename, a.content_type, a.size_bytes, a.sha256, a.version, a.from_requester, a.uploaded_at,
                   a.visible_to_portal as own, coalesce(a.visible_to_portal, f.visible, false) as visible,
                   case when a.visible_to_portal is not null then null else f.source_name end as source_name,
                   (select p.first_name || ' ' || p.last_name from person p
                    where p.tenant_id = a.tenant_id and p.id = a.uploaded_by) as uploaded_by_name
            from attachment a left join folders f on f.id = a.folder_id
            where a.tenant_id = :tenant and a.record_id = :record and a.deleted_at is null
              and (a.folder_id is null or f.id is not null)
            """;

    /** The requester's condition: only on a record they requested, and only what the rule shows. */
    private static final String FOR_REQUESTER = """
              and coalesce(a.visible_to_portal, f.visible, false)
              and exists (select 1 from matter m where m.tenant_id = :tenant and m.id = :record
                                                   and m.requester_id = :requester
                          union all
                          select 1 from contract c where c.tenant_id = :tenant and c.id = :record
                                                     and c.requester_id = :requester)
            """;

    private final JdbcClient jdbc;

    RecordFileQueries(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** The record's live folders, in path order, with their visibility and why. */
    public List<FolderSummary> folders(UUID tenant, UUID record) {
        return jdbc.sql(FOLDERS + "select * from folders order by purpose nulls last, lower(path)")
                .param("tenant", tenant).param("record", record)
                .query((rs, n) -> new FolderSummary(rs.getObject("id", UUID.class),
                        rs.getObject("parent_id", UUID.class), rs.getString("name"), rs.getString("path"),
                        FileVisibility.of(bool(rs, "own")), rs.getBoolean("visible"), source(rs),
                        rs.getString("source_name"), rs.getString("purpose") != null,
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The record's live files with their visibility and why (staff). */
    public List<RecordFileSummary> files(UUID tenant, UUID record) {
        return jdbc.sql(FILES + "order by lower(coalesce(f.path, '')), lower(a.filename), a.uploaded_at")
                .param("tenant", tenant).param("record", record)
                .query(RecordFileQueries::file).list();
    }

    /** The ids of the record's files its requester sees now: what a visibility change compares before and after. */
    public List<UUID> visibleIds(UUID tenant, UUID record) {
        return jdbc.sql("select id from (" + FILES + "and coalesce(a.visible_to_portal, f.visible, false)) v")
                .param("tenant", tenant).param("record", record)
                .query(UUID.class).list();
    }

    /** The files of a record that this requester sees; empty on a record they did not request. */
    public List<PortalFile> visibleToRequester(UUID tenant, UUID record, UUID requester) {
        return jdbc.sql(FILES + FOR_REQUESTER + "order by lower(coalesce(f.shown_path, '')), lower(a.filename)")
                .param("tenant", tenant).param("record", record).param("requester", requester)
                .query(RecordFileQueries::portal).list();
    }

    /** One file this requester may open, by the same rule; empty for anything else. */
    public Optional<PortalFile> visibleToRequester(UUID tenant, UUID record, UUID requester, UUID file) {
        return jdbc.sql(FILES + FOR_REQUESTER + "and a.id = :file")
                .param("tenant", tenant).param("record", record).param("requester", requester).param("file", file)
                .query(RecordFileQueries::portal).optional();
    }

    /** The record a file of the current tenant belongs to; empty for a pending upload or another tenant's file. */
    public Optional<UUID> recordOf(UUID tenant, UUID file) {
        return jdbc.sql("select record_id from attachment where tenant_id = :tenant and id = :file "
                        + "and record_id is not null")
                .param("tenant", tenant).param("file", file).query(UUID.class).optional();
    }

    /** The record opened from a request of the current tenant. */
    public Optional<UUID> recordOfRequest(UUID tenant, UUID request) {
        return kindAndRecordOfRequest(tenant, request).map(RequestRecord::id);
    }

    /** The record opened from a request of the current tenant, with its kind. */
    public Optional<RequestRecord> kindAndRecordOfRequest(UUID tenant, UUID request) {
        return jdbc.sql("select 'MATTER' as kind, id from matter where tenant_id = :tenant and request_id = :request "
                        + "union all select 'CONTRACT', id from contract where tenant_id = :tenant "
                        + "and request_id = :request")
                .param("tenant", tenant).param("request", request)
                .query((rs, n) -> new RequestRecord(rs.getString("kind"), rs.getObject("id", UUID.class)))
                .list().stream().findFirst();
    }

    /** A request's record: {@code MATTER} or {@code CONTRACT}, and its id. */
    public record RequestRecord(String kind, UUID id) {
    }

    private static RecordFileSummary file(ResultSet rs, int n) throws SQLException {
        return new RecordFileSummary(rs.getObject("id", UUID.class), rs.getObject("folder_id", UUID.class),
                rs.getString("path"), rs.getString("filename"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getInt("version"),
                FileVisibility.of(bool(rs, "own")), rs.getBoolean("visible"), source(rs),
                rs.getString("source_name"), rs.getBoolean("from_requester"), rs.getString("uploaded_by_name"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static PortalFile portal(ResultSet rs, int n) throws SQLException {
        return new PortalFile(rs.getObject("id", UUID.class), rs.getString("shown_path"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBoolean("from_requester"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static VisibilitySource source(ResultSet rs) throws SQLException {
        if (bool(rs, "own") != null) {
            return VisibilitySource.ITEM;
        }
        return rs.getString("source_name") != null ? VisibilitySource.FOLDER : VisibilitySource.DEFAULT;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
