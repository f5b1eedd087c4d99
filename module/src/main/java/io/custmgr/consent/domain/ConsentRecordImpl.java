package io.custmgr.consent.domain;

import io.custmgr.consent.service.ConsentOrigin;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
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

/** Table {@code CM_CONSENT}: immutable for Hibernate and without setters. */
@Entity
@Immutable
@javax.persistence.Table(name = ConsentRecordImpl.TABLE)
@Table(appliesTo = ConsentRecordImpl.TABLE, indexes = {
        @Index(name = "CM_CONSENT_CUST_IDX", columnNames = {"CUSTOMER_ID", "RECORDED_AT"})})
public class ConsentRecordImpl implements ConsentRecord {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CONSENT";

    @Id
    @GeneratedValue(generator = "ConsentRecordId")
    @GenericGenerator(name = "ConsentRecordId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ConsentRecordImpl"),
                    @Parameter(name = "increment_size", value = "50"),
                    @Parameter(name = "entity_name", value = "io.custmgr.consent.domain.ConsentRecordImpl")})
    @Column(name = "CONSENT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "KIND", length = 32, nullable = false)
    protected String kind;

    @Column(name = "GRANTED", nullable = false)
    protected Boolean granted;

    @Column(name = "RECORDED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date recordedAt;

    @Column(name = "SOURCE", length = 16, nullable = false)
    protected String source;

    @Column(name = "ADMIN_USER_ID")
    protected Long adminUserId;

    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    /** For Hibernate. */
    protected ConsentRecordImpl() {
    }

    public ConsentRecordImpl(Long customerId, String kind, boolean granted, ConsentOrigin origin, Date recordedAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.granted = granted;
        this.recordedAt = recordedAt;
        this.source = origin.getSource().name();
        this.adminUserId = origin.getAdminUserId();
        String ip = origin.getIpAddress();
        this.ipAddress = ip == null || ip.length() <= 45 ? ip : ip.substring(0, 45);
    }

    @Override public Long getId() { return id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public String getKind() { return kind; }
    @Override public boolean isGranted() { return Boolean.TRUE.equals(granted); }
    @Override public Date getRecordedAt() { return recordedAt; }
    @Override public String getSource() { return source; }
    @Override public Long getAdminUserId() { return adminUserId; }
    @Override public String getIpAddress() { return ipAddress; }
}
