package app.lexdesk.core.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Counts what the application has stored: the rows of every table of the schema, across all tenants, and the
 * objects of the attachment bucket. Tables come from {@code information_schema}, so a table added tomorrow is
 * counted too. Tenant tables force row-level security even on their owner, so they are counted tenant by
 * tenant with the tenant setting the policies read.
 */
final class StoredThings {

    private final Connection owner;
    private final S3Client s3;
    private final String bucket;
    private final List<String> tenantTables;
    private final List<String> platformTables;

    StoredThings(Connection owner, S3Client s3, String bucket) throws SQLException {
        this.owner = owner;
        this.s3 = s3;
        this.bucket = bucket;
        List<String> tenant = new ArrayList<>();
        List<String> platform = new ArrayList<>();
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("""
                select t.table_name, exists (select 1 from information_schema.columns c
                        where c.table_schema = t.table_schema and c.table_name = t.table_name
                        and c.column_name = 'tenant_id') as per_tenant
                from information_schema.tables t
                where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                order by t.table_name""")) {
            while (rs.next()) {
                (rs.getBoolean(2) ? tenant : platform).add(rs.getString(1));
            }
        }
        this.tenantTables = List.copyOf(tenant);
        this.platformTables = List.copyOf(platform);
    }

    List<String> tables() {
        List<String> all = new ArrayList<>(tenantTables);
        all.addAll(platformTables);
        return all;
    }

    /** Rows per table (summed over tenants) and {@code s3:<bucket>} objects. */
    Map<String, Long> count() throws SQLException {
        awaitListeners();
        Map<String, Long> counts = new LinkedHashMap<>();
        tables().forEach(t -> counts.put(t, 0L));
        add(counts, platformTables);
        List<UUID> tenants = new ArrayList<>();
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("select id from tenant")) {
            while (rs.next()) {
                tenants.add(rs.getObject(1, UUID.class));
            }
        }
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try {
            for (UUID tenant : tenants) {
                try (PreparedStatement set = owner.prepareStatement(
                        "select set_config('lexdesk.tenant_id', ?, true)")) {
                    set.setString(1, tenant.toString());
                    set.execute();
                }
                add(counts, tenantTables);
                owner.commit();
            }
        } finally {
            owner.rollback();
            owner.setAutoCommit(autoCommit);
        }
        counts.put("s3:" + bucket, s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).build())
                .contents().stream().count());
        return counts;
    }

    /** What grew from {@code before} to {@code after}, as {@code table +n}. */
    static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((what, n) -> {
            long delta = n - before.getOrDefault(what, 0L);
            if (delta > 0) {
                grown.put(what, delta);
            }
        });
        return grown;
    }

    private void add(Map<String, Long> counts, List<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        String sql = tables.stream().map(t -> "(select count(*) from \"" + t + "\")")
                .collect(Collectors.joining(", ", "select ", ""));
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            for (int i = 0; i < tables.size(); i++) {
                counts.merge(tables.get(i), rs.getLong(i + 1), Long::sum);
            }
        }
    }

    /**
     * What a call stored is only all there once the event listeners it set off have run (activity is written just
     * after the call's commit, on another thread): counting before that would charge it to the next call.
     */
    private void awaitListeners() throws SQLException {
        long until = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < until) {
            try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from event_publication where completion_date is null")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
