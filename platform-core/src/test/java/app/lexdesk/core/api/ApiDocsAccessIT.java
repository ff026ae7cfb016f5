package app.lexdesk.core.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.lexdesk.core.testing.DevServicesInitializer;
import app.lexdesk.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production settings (no {@code lexdesk.api.docs-public}): the OpenAPI document and Swagger UI need a token.
 * Its own context, served through MockMvc on the same real services, since the shared one opens the docs.
 */
@SpringBootTest(classes = CoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "lexdesk.api.docs-public=false")
@ContextConfiguration(initializers = DevServicesInitializer.class)
@AutoConfigureMockMvc
class ApiDocsAccessIT {

    @Autowired MockMvc mvc;

    @Test
    void in_production_the_api_document_and_swagger_ui_need_a_login() throws Exception {
        for (String path : new String[] {"/api/v1/openapi", "/api/docs", "/api/swagger-ui/index.html"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("https://lexdesk.app/problems/not-authenticated"));
        }
    }
}
