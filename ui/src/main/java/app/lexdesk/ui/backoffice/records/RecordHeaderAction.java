package app.lexdesk.ui.backoffice.records;

import app.lexdesk.core.records.RecordHeader;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A button (or small menu) in the record page's header, contributed as a Spring bean like a {@link RecordSection}:
 * a feature adds an action on records without editing the page. Stateless: it builds a fresh component for each page,
 * in the page's tab (UI thread, the member's tenant).
 */
public interface RecordHeaderAction {

    /** The action for this record, empty when it does not apply to it. */
    Optional<Component> create(RecordHeader record);
}
