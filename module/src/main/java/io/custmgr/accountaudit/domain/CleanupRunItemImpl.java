package io.custmgr.accountaudit.domain;

import org.hibernate.annotations.Index;
import org.hibernate.annotations.Table;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;

/**
 * Table {@code CM_CLEANUP_RUN_ITEM}: one selected customer of a cleanup and what became of it (PENDING, DELETED, KEPT
 * with the rule that kept it, FAILED with the error). The e-mail is copied in so the report outlives the customer.
 * Written set-based by JDBC; mapped so the schema tool creates it.
 */
@Entity
@javax.persistence.Table(name = CleanupRunItemImpl.TABLE)
@Table(appliesTo = CleanupRunItemImpl.TABLE, indexes = {
        @Index(name = "CM_CLEANUP_ITEM_OUTCOME_IDX", columnNames = {"CLEANUP_RUN_ID", "OUTCOME", "CUSTOMER_ID"})})
public class CleanupRunItemImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CLEANUP_RUN_ITEM";

    @EmbeddedId
    protected CleanupRunItemKey key;

    @Column(name = "EMAIL", length = 255)
    protected String email;

    @Column(name = "OUTCOME", length = 16, nullable = false)
    protected String outcome;

    @Column(name = "REASON", length = 255)
    protected String reason;

    @Column(name = "BATCH_NO")
    protected Integer batchNo;
}
