package io.custmgr.search.domain;

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

/**
 * Table {@code CM_SEARCH_PENDING}: customers changed since the index last took them, written by every webapp after
 * its transactions commit and consumed by the index owner (the node with the search context). A row stays until the
 * index confirmed the customer's document, so nothing is lost while Solr is down. Rows are written and read with JDBC;
 * the entity is here for the schema. Ids from {@code SEQUENCE_GENERATOR}, segment {@value #ID_SEGMENT}.
 */
@Entity
@Table(name = PendingIndexChangeImpl.TABLE)
public class PendingIndexChangeImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_SEARCH_PENDING";
    public static final String ID_SEGMENT = "PendingIndexChangeImpl";
    public static final int ID_INCREMENT = 50;

    @Id
    @GeneratedValue(generator = "PendingIndexChangeId")
    @GenericGenerator(name = "PendingIndexChangeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = ID_SEGMENT),
                    @Parameter(name = "increment_size", value = "" + ID_INCREMENT),
                    @Parameter(name = "entity_name", value = "io.custmgr.search.domain.PendingIndexChangeImpl")})
    @Column(name = "PENDING_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "QUEUED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date queuedAt;

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Date getQueuedAt() {
        return queuedAt;
    }
}
