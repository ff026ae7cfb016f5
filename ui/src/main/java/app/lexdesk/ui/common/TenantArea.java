package app.lexdesk.ui.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view under {@code t/:tenant/…}: the {@link TenantGuard} admits only members of that tenant whose
 * roles fit the area.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantArea {

    Area value();

    enum Area {
        /** The legal team's workspace: staff roles only. */
        BACK_OFFICE,
        /** The requesters' portal: portal users only. */
        PORTAL
    }
}
