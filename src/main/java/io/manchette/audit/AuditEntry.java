package io.manchette.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One management change, as the audit log keeps it; never changed once written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private Long versionBefore;
    private Long versionAfter;
    private String clientAddress;
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at,
            String actor,
            String action,
            String targetType,
            String targetId,
            Long versionBefore,
            Long versionAfter,
            String clientAddress,
            String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.versionBefore = versionBefore;
        this.versionAfter = versionAfter;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public Long getVersionBefore() {
        return versionBefore;
    }

    public Long getVersionAfter() {
        return versionAfter;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
