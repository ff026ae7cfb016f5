package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;

/**
 * Checks the membership of a tab again on every interaction, so access that is withdrawn ends in open tabs
 * too. A tab keeps the member {@link TenantGuard} admitted ({@link CurrentMember}) and the core's tenant
 * context reads it from there; without this check a tab would act on the roles of its last navigation for as
 * long as it stays open.
 *
 * <p>It runs for each UIDL request (a click, a value change, a grid fetching rows), before Vaadin applies
 * what the browser sent, holding the session lock. The login of the request is resolved again by the core
 * ({@link MemberCheck}: at most the cache's time to live on other nodes, at once on this one). When the
 * access is unchanged nothing happens. When the membership is gone or its roles changed, the tab's member is
 * replaced (or removed) first, open dialogs are closed, and the current route is rebuilt from scratch: the
 * guard then sends a withdrawn member to the "not allowed" page, and each view draws itself for the new
 * roles (Settings refuses a former administrator). The component the person clicked is no longer attached,
 * so Vaadin drops the click instead of running it with the old rights; whatever still reaches the core asks
 * for the new member and is refused there.
 *
 * <p>Why here and not elsewhere: a {@code VaadinRequestInterceptor} runs before the
 * session lock is taken, so it may not touch the UI to send the person away; a check inside the core's
 * member fallback would run on every core call, and could only refuse the call, not take the person to a
 * page that says why. Downloads and uploads do not pass through UIDL requests; they resolve the member
 * themselves through {@link MemberCheck}.
 */
final class AccessRecheck extends SynchronizedRequestHandler {

    private final MemberCheck check;

    AccessRecheck(MemberCheck check) {
        this.check = check;
    }

    @Override
    protected boolean canHandleRequest(VaadinRequest request) {
        return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL);
    }

    @Override
    public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
        UI ui = session.getService().findUI(request);
        Optional<TenantMember> known = CurrentMember.of(ui);
        if (known.isEmpty()) {
            return false; // not a tenant tab (root, not allowed): nothing it acts with
        }
        Optional<TenantMember> now = check.current(known.get().tenant().slug());
        if (now.isPresent() && sameAccess(known.get(), now.get())) {
            if (!now.get().equals(known.get())) {
                CurrentMember.set(ui, now.get()); // a new display name, say: nothing to redraw
            }
            return false;
        }
        ui.accessSynchronously(() -> {
            CurrentMember.set(ui, now.orElse(null));
            List<Component> dialogs = ui.getChildren().filter(Dialog.class::isInstance).toList();
            dialogs.forEach(d -> ((Dialog) d).close());
            ui.refreshCurrentRoute(true);
        });
        return false; // Vaadin goes on to answer the request, with the redrawn tab
    }

    private static boolean sameAccess(TenantMember known, TenantMember now) {
        return known.personId().equals(now.personId()) && known.roles().equals(now.roles());
    }
}
