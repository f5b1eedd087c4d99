package io.custmgr.company.domain;

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
 * An order placed for a company (CM_COMPANY_ORDER): by which member, in which of the member's business units, written
 * by the checkout workflow when the buyer belongs to an active company and may place orders for it. Each index ends
 * with the lists' order (placed, then order id), so a page of the newest is read from the index without sorting.
 */
@Entity
@Table(name = CompanyOrderImpl.TABLE)
@org.hibernate.annotations.Table(appliesTo = CompanyOrderImpl.TABLE, indexes = {
        @Index(name = "CM_CORDER_COMPANY_IX", columnNames = {"COMPANY_ID", "PLACED_DATE", "ORDER_ID"}),
        @Index(name = "CM_CORDER_UNIT_IX", columnNames = {"UNIT_ID", "PLACED_DATE", "ORDER_ID"}),
        @Index(name = "CM_CORDER_CUSTOMER_IX", columnNames = {"CUSTOMER_ID", "PLACED_DATE", "ORDER_ID"})})
public class CompanyOrderImpl implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_COMPANY_ORDER";

    @Id
    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "COMPANY_ID", nullable = false)
    protected Long companyId;

    @Column(name = "UNIT_ID")
    protected Long unitId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "PLACED_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date placedDate;

    public Long getOrderId() { return orderId; }
    public Long getCompanyId() { return companyId; }
    public Long getUnitId() { return unitId; }
    public Long getCustomerId() { return customerId; }
    public Date getPlacedDate() { return placedDate; }
}
