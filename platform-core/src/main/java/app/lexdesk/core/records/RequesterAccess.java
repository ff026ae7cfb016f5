package app.lexdesk.core.records;

/**
 * What a portal user may do with a record as its requester sees it: nothing (it is not found), read it (a colleague
 * of the requester's company when the tenant shows colleagues' requests), or read and act on it (reply, send files:
 * the requester, and colleagues the requester named on it).
 */
public enum RequesterAccess {
    NONE, READ, ACT;

    public boolean mayRead() {
        return this != NONE;
    }

    public boolean mayAct() {
        return this == ACT;
    }
}
