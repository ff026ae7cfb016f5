package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiProblemsTest {

    @Test
    void problems_written_outside_spring_mvc_look_like_the_ones_it_writes() {
        String json = ApiProblems.json(ApiProblems.invalid(ProblemType.INVALID_BODY, "subject", "required",
                "A subject is required."));
        assertThat(json).contains("\"type\":\"https://lexdesk.app/problems/invalid-body\"")
                .contains("\"errors\":[{").contains("\"field\":\"subject\"")
                .doesNotContain("null").doesNotContain("\"properties\"");
    }
}
