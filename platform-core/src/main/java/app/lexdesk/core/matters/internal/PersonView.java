package app.lexdesk.core.matters.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** Read-only view of a person, for names on matters; people are written by the people module only. */
@Entity(name = "MatterPerson")
@Table(name = "person")
@Immutable
public class PersonView {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;

    protected PersonView() {
    }

    public UUID getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }
}
