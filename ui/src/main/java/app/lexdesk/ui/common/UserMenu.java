package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/**
 * The signed-in person: name, their notification preferences, language (EN/FR) and sign-out (which also ends the
 * Keycloak session).
 */
public class UserMenu extends MenuBar {

    /** @param notifications the route of the person's notification preferences in this area */
    public UserMenu(TenantMember member, AuthenticationContext authentication, String notifications) {
        setId("user-menu");
        ComponentTexts.apply(this);
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(member.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuItem root = addItem(avatar);
        root.add(new Span(member.displayName()));
        SubMenu menu = root.getSubMenu();
        menu.addItem(getTranslation("user.menu.notifications"), e -> UI.getCurrent().navigate(notifications))
                .setId("menu-notifications");
        MenuItem language = menu.addItem(getTranslation("user.menu.language"));
        language.setId("menu-language");
        language.getSubMenu().addItem(getTranslation("language.en"), e -> switchTo(LexdeskI18NProvider.ENGLISH))
                .setId("language-en");
        language.getSubMenu().addItem(getTranslation("language.fr"), e -> switchTo(LexdeskI18NProvider.FRENCH))
                .setId("language-fr");
        menu.addItem(getTranslation("user.menu.logout"), e -> authentication.logout()).setId("menu-logout");
    }

    /** The chosen language holds for the whole session (every tab) and overrides the browser's. */
    static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
