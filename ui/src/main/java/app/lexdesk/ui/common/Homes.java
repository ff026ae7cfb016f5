package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantMember;

/** Where a member starts: staff in the back office, requesters in the portal. */
public final class Homes {

    private Homes() {
    }

    public static String of(TenantMember member) {
        return "t/" + member.tenant().slug() + (member.isStaff() ? "/app" : "/portal");
    }
}
