package app.lexdesk.core.intake.internal;

import app.lexdesk.core.shared.AssignedIdEntity;
import app.lexdesk.core.intake.FieldDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "request_type")
public class RequestTypeEntity extends AssignedIdEntity {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;
    private String code;
    private String kind;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "description_fr")
    private String descriptionFr;
    @Column(name = "default_target")
    private String defaultTarget;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<FieldDefinition> fields;
    private boolean active;
    private int position;

    protected RequestTypeEntity() {
    }

    public RequestTypeEntity(String code, String kind, String nameEn, String nameFr, String descriptionEn,
            String descriptionFr, String defaultTarget, List<FieldDefinition> fields, int position) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.kind = kind;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.descriptionEn = descriptionEn;
        this.descriptionFr = descriptionFr;
        this.defaultTarget = defaultTarget;
        this.fields = List.copyOf(fields);
        this.active = true;
        this.position = position;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getKind() {
        return kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public String getDefaultTarget() {
        return defaultTarget;
    }

    public List<FieldDefinition> getFields() {
        return fields;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
