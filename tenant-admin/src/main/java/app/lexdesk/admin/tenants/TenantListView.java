package app.lexdesk.admin.tenants;

import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Every tenant of the platform, for operators. */
@Route("")
@PageTitle("Tenants · Lexdesk tenant admin")
@PermitAll
class TenantListView extends VerticalLayout {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    TenantListView(TenantDirectory directory, AuthenticationContext authentication) {
        setId("tenant-list");
        setSizeFull();
        H1 title = new H1("Tenants");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Span operator = new Span(authentication.getAuthenticatedUser(OidcUser.class).map(OidcUser::getEmail).orElse(""));
        operator.setId("operator");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, operator, signOut);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        operator.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.TextColor.SECONDARY);

        Grid<TenantSummary> grid = new Grid<>(TenantSummary.class, false);
        grid.setId("tenants");
        grid.addColumn(TenantSummary::slug).setHeader("Slug").setSortable(true).setAutoWidth(true);
        grid.addColumn(TenantSummary::name).setHeader("Name").setSortable(true).setFlexGrow(1);
        grid.addColumn(TenantSummary::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(TenantSummary::defaultLocale).setHeader("Language").setAutoWidth(true);
        grid.addColumn(t -> t.createdAt() == null ? "" : CREATED.format(t.createdAt())).setHeader("Created (UTC)")
                .setAutoWidth(true);
        grid.setItems(directory.all());
        add(header, grid);
    }
}
