package app.lexdesk.ui.backoffice.people;

import app.lexdesk.core.participants.Involvement;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.common.CurrentMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.UUID;

/** Links between the back office's people, companies and records, by path (views do not import each other). */
final class Links {

    private Links() {
    }

    static String base() {
        return "t/" + CurrentMember.get().map(m -> m.tenant().slug()).orElse("") + "/app/";
    }

    static Anchor person(UUID id, String name) {
        return new Anchor(base() + "people/person/" + id, name);
    }

    static Anchor company(UUID id, String name) {
        return new Anchor(base() + "people/company/" + id, name);
    }

    static Anchor record(Involvement i) {
        String kind = i.record().kind() == RecordKind.MATTER ? "matter/" : "contract/";
        return new Anchor(base() + kind + i.record().reference(), i.record().reference());
    }

    /** The records someone appears on, with how, each linked to its page. */
    static Grid<Involvement> records(Component in, List<Involvement> found) {
        Grid<Involvement> grid = new Grid<>();
        grid.setId("involvements");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(Links::record).setHeader(in.getTranslation("list.reference")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.record().title()).setHeader(in.getTranslation("list.title")).setFlexGrow(1);
        grid.addColumn(i -> in.getTranslation(i.record().kind() == RecordKind.MATTER ? "people.kind.matter"
                : "people.kind.contract")).setHeader(in.getTranslation("people.kind")).setAutoWidth(true);
        grid.addColumn(i -> Roles.involvement(in, i.as())).setHeader(in.getTranslation("people.as"))
                .setAutoWidth(true);
        grid.setItems(found);
        return grid;
    }
}
