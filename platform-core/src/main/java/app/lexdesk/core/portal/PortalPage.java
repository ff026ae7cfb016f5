package app.lexdesk.core.portal;

import java.util.List;

/** One page of a requester's list, with how many requests the filter finds in all. */
public record PortalPage(List<PortalRequestSummary> items, long total, int page, int size) {

    public PortalPage {
        items = List.copyOf(items);
    }
}
