package app.lexdesk.ui.backoffice.people;

import com.vaadin.flow.router.NotFoundException;
import java.util.UUID;

/** An id from the address: anything that is not one is a page that does not exist. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
