package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.activity.ActivityEntry;
import app.lexdesk.core.activity.ActivityKind;
import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.api.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The activity of matters and contracts (staff): who changed what, when, before and after. */
@RestController
@Tag(name = "Activity")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityController {

    private static final String DESCRIPTION = "Newest first. kind (repeatable) keeps the entries of those kinds "
            + "of change: OPENED, STATUS, ASSIGNEE, DESCRIPTION, PRIORITY, DUE_DATE, CLASSIFICATION, BOARD, PEOPLE, "
            + "DEVELOPMENTS, NOTES, FILES, VISIBILITY; none for all.";

    private final ActivityService activity;
    private final RecordReferences records;

    ActivityController(ActivityService activity, RecordReferences records) {
        this.activity = activity;
        this.records = records;
    }

    @GetMapping("/matters/{reference}/activity")
    @Operation(operationId = "listMatterActivity", summary = "A matter's activity (staff)", description = DESCRIPTION)
    List<ActivityEntry> matterActivity(@PathVariable String reference,
            @RequestParam(required = false) List<String> kind) {
        UUID id = records.matter(reference);
        return activity.ofRecord(id, kinds(kind));
    }

    @GetMapping("/contracts/{reference}/activity")
    @Operation(operationId = "listContractActivity", summary = "A contract's activity (staff)",
            description = DESCRIPTION)
    List<ActivityEntry> contractActivity(@PathVariable String reference,
            @RequestParam(required = false) List<String> kind) {
        UUID id = records.contract(reference);
        return activity.ofRecord(id, kinds(kind));
    }

    private static Set<ActivityKind> kinds(List<String> names) {
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        if (names == null) {
            return kinds;
        }
        if (names.size() > ActivityKind.values().length) {
            throw new InvalidParameterException("kind", "too-many", "kind is given at most "
                    + ActivityKind.values().length + " times.");
        }
        for (String name : names) {
            try {
                kinds.add(ActivityKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("kind", "invalid-kind", "kind is one of "
                        + Arrays.toString(ActivityKind.values()) + ".");
            }
        }
        return kinds;
    }
}
