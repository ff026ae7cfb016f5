package app.lexdesk.ui.backoffice.home;

import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** The legal team's home. Boards and lists arrive with the intake issue. */
@Route(value = "t/:tenant/app", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class BackOfficeHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();

    BackOfficeHomeView() {
        setId("backoffice-home");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, intro);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    private void show(TenantMember member) {
        title.setText(getTranslation("backoffice.home.welcome", member.displayName()));
        intro.setText(getTranslation("backoffice.home.intro"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.home.title") + " · Lexdesk";
    }
}
