package app.lexdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A tab's follow-up requests are logged with the tenant the tab was let into, and only with that one. */
class TenantLogContextTest {

    final TenantLogContext context = new TenantLogContext();
    UI ui;

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        ui = UI.getCurrent();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        MDC.clear();
    }

    @Test
    void a_request_of_an_admitted_tab_carries_its_tenant_until_it_ends() {
        TenantLogContext.remember(ui, "acme");
        context.requestStart(request(String.valueOf(ui.getUIId())), mock(VaadinResponse.class));
        assertThat(MDC.get("tenantId")).isEqualTo("acme");
        context.requestEnd(null, null, null);
        assertThat(MDC.get("tenantId")).isNull();
    }

    @Test
    void another_tab_or_no_tab_carries_nothing_not_even_what_the_thread_had_before() {
        TenantLogContext.remember(ui, "acme");
        MDC.put("tenantId", "globex");
        context.requestStart(request(String.valueOf(ui.getUIId() + 1)), mock(VaadinResponse.class));
        assertThat(MDC.get("tenantId")).isNull();
        context.requestStart(request(null), mock(VaadinResponse.class));
        assertThat(MDC.get("tenantId")).isNull();
        context.requestStart(request("not-a-number"), mock(VaadinResponse.class));
        assertThat(MDC.get("tenantId")).isNull();
    }

    @Test
    void a_tab_refused_later_is_forgotten() {
        TenantLogContext.remember(ui, "acme");
        TenantLogContext.remember(ui, null);
        context.requestStart(request(String.valueOf(ui.getUIId())), mock(VaadinResponse.class));
        assertThat(MDC.get("tenantId")).isNull();
    }

    private VaadinRequest request(String uiId) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getParameter("v-uiId")).thenReturn(uiId);
        when(request.getWrappedSession(false)).thenReturn(ui.getSession().getSession());
        return request;
    }
}
