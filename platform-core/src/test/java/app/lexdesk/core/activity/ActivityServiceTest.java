package app.lexdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import app.lexdesk.core.activity.ActivityService.RecordKind;
import app.lexdesk.core.activity.internal.ActivityEntity;
import app.lexdesk.core.activity.internal.ActivityRepository;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityServiceTest {

    final ActivityRepository entries = mock(ActivityRepository.class);
    final ActivityService activity = new ActivityService(entries);

    @Test
    void a_portal_visible_entry_carrying_a_classification_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> activity.record(RecordKind.MATTER, UUID.randomUUID(), null, "matter.opened", null,
                Map.of("reference", "MAT-2026-000001", "board", "LITIGATION", "reason", "matched 'lawsuit'"), true,
                Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matter.opened")
                .hasMessageContaining("[board, reason]");
        assertThatThrownBy(() -> activity.record(RecordKind.MATTER, UUID.randomUUID(), null, "matter.moved",
                Map.of("board", "IP"), Map.of("reference", "MAT-2026-000001"), true, Instant.now()))
                .as("before counts as much as after").hasMessageContaining("[board]");
        verify(entries, never()).save(any());
    }

    @Test
    void portal_safe_facts_reach_the_portal_and_staff_only_facts_stay_in_staff_entries() {
        activity.record(RecordKind.MATTER, UUID.randomUUID(), null, "matter.opened", null,
                Map.of("reference", "MAT-2026-000001"), true, Instant.now());
        activity.record(RecordKind.MATTER, UUID.randomUUID(), null, "matter.classified", null,
                Map.of("board", "LITIGATION", "reason", "matched 'lawsuit'"), false, Instant.now());
        activity.record(RecordKind.REQUEST, UUID.randomUUID(), null, "attachment.shared", Map.of("visibleToPortal", false),
                Map.of("visibleToPortal", true, "file", "lease.pdf"), true, Instant.now());
        verify(entries, times(3)).save(any(ActivityEntity.class));
    }
}
