package app.lexdesk.core.workflows.internal;

import app.lexdesk.core.workflows.Workflow;
import app.lexdesk.core.workflows.WorkflowService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's workflows over REST, read only, for the legal team (the service checks the role). */
@RestController
@Tag(name = "Workflows")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class WorkflowsController {

    private final WorkflowService workflows;

    WorkflowsController(WorkflowService workflows) {
        this.workflows = workflows;
    }

    @GetMapping("/workflows")
    @Operation(operationId = "listWorkflows",
            summary = "Each record kind's workflow: statuses in order and the moves allowed between them (staff)")
    List<Workflow> workflows() {
        return workflows.workflows();
    }
}
