package io.custmgr.activity.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Table;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_ACTIVITY_EVENT}. Ids come from Broadleaf's {@code SEQUENCE_GENERATOR} table, segment
 * {@value #ID_SEGMENT}, which the JDBC writer allocates from as well.
 */
@Entity
@javax.persistence.Table(name = ActivityEventImpl.TABLE)
@Table(appliesTo = ActivityEventImpl.TABLE, indexes = {
        @Index(name = "CM_ACTIVITY_CUST_TIME_IDX", columnNames = {"CUSTOMER_ID", "EVENT_TIME"}),
        @Index(name = "CM_ACTIVITY_TYPE_REF_IDX", columnNames = {"EVENT_TYPE", "REFERENCE_ID"})})
public class ActivityEventImpl implements ActivityEvent {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ACTIVITY_EVENT";
    public static final String ID_SEGMENT = "ActivityEventImpl";
    public static final int ID_INCREMENT = 50;
    public static final int DETAIL_LENGTH = 255;
    public static final int ASSISTED_BY_LENGTH = 255;

    @Id
    @GeneratedValue(generator = "ActivityEventId")
    @GenericGenerator(name = "ActivityEventId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = ID_SEGMENT),
                    @Parameter(name = "increment_size", value = "" + ID_INCREMENT),
                    @Parameter(name = "entity_name", value = "io.custmgr.activity.domain.ActivityEventImpl")})
    @Column(name = "ACTIVITY_EVENT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "EVENT_TYPE", length = 32, nullable = false)
    protected String eventType;

    @Column(name = "EVENT_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date eventTime;

    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    @Column(name = "DETAIL", length = DETAIL_LENGTH)
    protected String detail;

    @Column(name = "REFERENCE_ID")
    protected Long referenceId;

    /** The admin user signed in as the customer when it happened ("Login as customer"), or null. */
    @Column(name = "ASSISTED_BY", length = ASSISTED_BY_LENGTH)
    protected String assistedBy;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public String getEventType() { return eventType; }
    @Override public void setEventType(String eventType) { this.eventType = eventType; }
    @Override public Date getEventTime() { return eventTime; }
    @Override public void setEventTime(Date eventTime) { this.eventTime = eventTime; }
    @Override public String getIpAddress() { return ipAddress; }
    @Override public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    @Override public String getDetail() { return detail; }
    @Override public void setDetail(String detail) { this.detail = detail; }
    @Override public Long getReferenceId() { return referenceId; }
    @Override public void setReferenceId(Long referenceId) { this.referenceId = referenceId; }
    @Override public String getAssistedBy() { return assistedBy; }
    @Override public void setAssistedBy(String assistedBy) { this.assistedBy = assistedBy; }
}
