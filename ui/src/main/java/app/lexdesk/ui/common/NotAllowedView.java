package app.lexdesk.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** Where the guard sends a navigation it refuses; the URL stays what the user asked for. */
@Route(NotAllowedView.ROUTE)
@PermitAll
public class NotAllowedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "not-allowed";

    enum Reason {
        TENANT("notallowed.tenant"),
        BACK_OFFICE("notallowed.backoffice"),
        PORTAL("notallowed.portal"),
        NONE("notallowed.none");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Paragraph message = new Paragraph();

    NotAllowedView(AuthenticationContext authentication) {
        setId("not-allowed");
        addClassNames(LumoUtility.Padding.XLARGE, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        H1 title = new H1(getTranslation("notallowed.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Anchor home = new Anchor("/", getTranslation("notallowed.home"));
        home.setId("go-home");
        Button signOut = new Button(getTranslation("user.menu.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(home, signOut);
        actions.setAlignItems(Alignment.BASELINE);
        add(title, message, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("tenant");
        Reason r;
        try {
            r = Reason.valueOf(reason.toUpperCase());
        } catch (IllegalArgumentException e) {
            r = Reason.TENANT;
        }
        message.setText(getTranslation(r.messageKey));
        message.setId("not-allowed-reason");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notallowed.title") + " · Lexdesk";
    }
}
