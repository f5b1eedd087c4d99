package io.custmgr.merge.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_CUSTOMER_MERGE}: one row per merge, the absorbed customer's id as key (a customer is merged away
 * at most once). Keeps what the absorbed account was (its e-mail is freed on the customer row), who merged it, and
 * what each step moved and which field values won, as written into both customers' audit trails. Written with JDBC
 * by {@code CustomerMergeDao}; mapped so it is created.
 */
@Entity
@Table(name = CustomerMergeRecordImpl.TABLE)
public class CustomerMergeRecordImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CUSTOMER_MERGE";
    public static final int SUMMARY_LENGTH = 4000;

    @Id
    @Column(name = "ABSORBED_ID")
    protected Long absorbedId;

    @Column(name = "SURVIVOR_ID", nullable = false)
    @Index(name = "CM_CUSTOMER_MERGE_SURV_IDX")
    protected Long survivorId;

    @Column(name = "ABSORBED_EMAIL", length = 255)
    protected String absorbedEmail;

    @Column(name = "MERGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date mergedAt;

    @Column(name = "MERGED_BY", length = 255)
    protected String mergedBy;

    @Column(name = "SUMMARY", length = SUMMARY_LENGTH)
    protected String summary;

    protected CustomerMergeRecordImpl() {
        // for Hibernate
    }
}
