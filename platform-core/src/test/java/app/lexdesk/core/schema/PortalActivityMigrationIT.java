package app.lexdesk.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.infra.DevServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V6 moves the classification out of the portal-visible activity recorded before it, into staff-only entries.
 * Run on a schema of its own, migrated to V5 first, so the rows can be written as the old code wrote them.
 */
class PortalActivityMigrationIT {

    static final String SCHEMA = "activity_migration_check";

    final Map<String, String> database = DevServices.forTests().applicationProperties();

    @Test
    void classifications_recorded_before_v6_leave_the_portal_visible_entries_for_staff_only_ones() throws SQLException {
        try {
            flyway("5").migrate();
            UUID tenant = UUID.randomUUID();
            try (Connection c = owner()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("insert into tenant (id, slug, name, issuer, organization) values ('" + tenant
                            + "', 'oldco', 'Old Co Legal', 'https://issuer.example', 'oldco')");
                    s.execute("select set_config('lexdesk.tenant_id', '" + tenant + "', true)");
                }
                insert(c, tenant, "MATTER", "matter.opened", "{\"reference\": \"MAT-2025-000001\", "
                        + "\"board\": \"LITIGATION\", \"reason\": \"matched 'lawsuit'\"}");
                insert(c, tenant, "CONTRACT", "contract.opened", "{\"reference\": \"CON-2025-000001\", "
                        + "\"contractType\": \"NDA\", \"reason\": \"default of the request type\"}");
                insert(c, tenant, "REQUEST", "request.submitted", "{\"reference\": \"REQ-2025-000001\", "
                        + "\"type\": \"nda\"}");
                c.commit();
            }

            flyway(null).migrate();

            try (Connection c = owner()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("select set_config('lexdesk.tenant_id', '" + tenant + "', true)");
                    List<String> portalKeys = new ArrayList<>();
                    try (var rs = s.executeQuery("select distinct k from activity a, jsonb_object_keys(a.after) k "
                            + "where a.visible_to_portal")) {
                        while (rs.next()) {
                            portalKeys.add(rs.getString(1));
                        }
                    }
                    assertThat(portalKeys).containsExactlyInAnyOrder("reference", "type")
                            .isSubsetOf(ActivityService.PORTAL_SAFE_KEYS);
                    List<String> staffOnly = new ArrayList<>();
                    try (var rs = s.executeQuery("select action || ' ' || after::text from activity "
                            + "where not visible_to_portal order by action")) {
                        while (rs.next()) {
                            staffOnly.add(rs.getString(1));
                        }
                    }
                    assertThat(staffOnly).containsExactly(
                            "contract.classified {\"reason\": \"default of the request type\", "
                                    + "\"contractType\": \"NDA\"}",
                            "matter.classified {\"board\": \"LITIGATION\", \"reason\": \"matched 'lawsuit'\"}");
                }
                c.rollback();
            }
        } finally {
            try (Connection c = owner(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    private static void insert(Connection c, UUID tenant, String kind, String action, String after)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into activity (id, tenant_id, record_kind, record_id, "
                + "action, after, visible_to_portal, at) values (?, ?, ?, ?, ?, ?::jsonb, true, now())")) {
            p.setObject(1, UUID.randomUUID());
            p.setObject(2, tenant);
            p.setString(3, kind);
            p.setObject(4, UUID.randomUUID());
            p.setString(5, action);
            p.setString(6, after);
            p.executeUpdate();
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database.get("spring.datasource.url"),
                        database.get("spring.flyway.user"), database.get("spring.flyway.password"))
                .schemas(SCHEMA).placeholders(Map.of("app_role", "lexdesk_app", "platform_role", "lexdesk_platform"));
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(database.get("spring.datasource.url") + "?currentSchema=" + SCHEMA,
                database.get("spring.flyway.user"), database.get("spring.flyway.password"));
    }
}
