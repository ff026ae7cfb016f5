package app.lexdesk.ui.backoffice.records;

import com.vaadin.flow.component.Component;

/**
 * One section of the record page (people, key developments, notes, activity, …), contributed as a Spring bean so
 * that a feature adds its part of the page without editing the page. The page shows the sections of a record's kind
 * in {@link #order()}; a section is stateless: it builds a fresh component for each page it is shown on.
 */
public interface RecordSection {

    /** Message key of the section's title (its tab). */
    String titleKey();

    /** Position among the page's sections, lowest first. */
    int order();

    /** Whether this section belongs on records of this kind (all kinds unless it says otherwise). */
    default boolean appliesTo(RecordContext record) {
        return true;
    }

    /** The section's content for one record, built when the page is opened. */
    Component create(RecordContext record);

    /**
     * A section's content that reads the record again each time its tab is opened (the activity, which other tabs
     * change); content that holds what the user is typing does not implement it, so a draft survives a tab switch.
     */
    interface ShownAgain {

        void shown();
    }
}
