package app.lexdesk.core.workflows.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A status of a tenant's workflow for one record kind. */
@Entity
@Table(name = "workflow_status")
public class WorkflowStatusEntity extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind")
    private RecordKind recordKind;
    private String code;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    @Column(name = "portal_label_en")
    private String portalLabelEn;
    @Column(name = "portal_label_fr")
    private String portalLabelFr;
    @Enumerated(EnumType.STRING)
    private StatusCategory category;
    private boolean initial;
    @Column(name = "final")
    private boolean finalStatus;
    private int position;

    protected WorkflowStatusEntity() {
    }

    public WorkflowStatusEntity(RecordKind recordKind, String code, int position) {
        this.recordKind = recordKind;
        this.code = code;
        this.position = position;
    }

    public void describe(String nameEn, String nameFr, String portalLabelEn, String portalLabelFr,
            StatusCategory category, boolean finalStatus) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.portalLabelEn = portalLabelEn;
        this.portalLabelFr = portalLabelFr;
        this.category = category;
        this.finalStatus = finalStatus;
    }

    public void setInitial(boolean initial) {
        this.initial = initial;
    }

    public RecordKind getRecordKind() {
        return recordKind;
    }

    public String getCode() {
        return code;
    }

    public boolean isInitial() {
        return initial;
    }

    public int getPosition() {
        return position;
    }

    public RecordStatus view() {
        return new RecordStatus(code, nameEn, nameFr, portalLabelEn, portalLabelFr, category, initial, finalStatus,
                position);
    }
}
