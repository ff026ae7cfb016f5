package app.lexdesk.core.intake.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import app.lexdesk.core.intake.FieldDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "request_type")
public class RequestTypeEntity extends TenantOwnedEntity {

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
    @Column(name = "first_response_days")
    private Integer firstResponseDays;

    protected RequestTypeEntity() {
    }

    public RequestTypeEntity(String code, String kind, String nameEn, String nameFr, String descriptionEn,
            String descriptionFr, String defaultTarget, List<FieldDefinition> fields, int position) {
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

    public void change(String nameEn, String nameFr, String descriptionEn, String descriptionFr,
            String defaultTarget, List<FieldDefinition> fields) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.descriptionEn = descriptionEn;
        this.descriptionFr = descriptionFr;
        this.defaultTarget = defaultTarget;
        this.fields = List.copyOf(fields);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getFirstResponseDays() {
        return firstResponseDays;
    }

    public void setFirstResponseDays(Integer firstResponseDays) {
        this.firstResponseDays = firstResponseDays;
    }
}
