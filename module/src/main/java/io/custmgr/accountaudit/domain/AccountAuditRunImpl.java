package io.custmgr.accountaudit.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Table {@code CM_ACCOUNT_AUDIT_RUN}: one row per classification run (who, when, how long, settings used). */
@Entity
@Table(name = "CM_ACCOUNT_AUDIT_RUN")
public class AccountAuditRunImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "AccountAuditRunId")
    @GenericGenerator(name = "AccountAuditRunId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "AccountAuditRunImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.accountaudit.domain.AccountAuditRunImpl")})
    @Column(name = "RUN_ID")
    protected Long id;

    @Column(name = "STARTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date started;

    @Column(name = "DURATION_MS")
    protected Long durationMs;

    @Column(name = "STARTED_BY", length = 255)
    protected String startedBy;

    @Column(name = "CUSTOMERS")
    protected Long customers;

    /** The thresholds this run used, as the page shows them. */
    @Column(name = "SETTINGS", length = 1000)
    protected String settings;

    public Long getId() { return id; }
    public Date getStarted() { return started; }
    public void setStarted(Date started) { this.started = started; }
    public Long getDurationMs() { return durationMs; }
    public void setDurationMs(Long durationMs) { this.durationMs = durationMs; }
    public String getStartedBy() { return startedBy; }
    public void setStartedBy(String startedBy) { this.startedBy = startedBy; }
    public Long getCustomers() { return customers; }
    public void setCustomers(Long customers) { this.customers = customers; }
    public String getSettings() { return settings; }
    public void setSettings(String settings) { this.settings = settings; }
}
