package app.lexdesk.core.people.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "company")
public class CompanyEntity extends TenantOwnedEntity {

    private String name;

    protected CompanyEntity() {
    }

    public CompanyEntity(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
