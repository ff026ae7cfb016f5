package app.lexdesk.core.matters.internal;

import app.lexdesk.core.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "matter_category")
public class BoardEntity extends AssignedIdEntity {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;
    private String code;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    private int position;

    protected BoardEntity() {
    }

    public BoardEntity(String code, String nameEn, String nameFr, int position) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
