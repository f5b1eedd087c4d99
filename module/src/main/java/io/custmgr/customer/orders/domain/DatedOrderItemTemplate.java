package io.custmgr.customer.orders.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Template copied into {@code org.broadleafcommerce.core.order.domain.OrderItemImpl} by the module's class
 * transformer (column {@code BLC_ORDER_ITEM.CM_DATE_ADDED}). The transformer initialises the copied field with
 * {@code new Date()}, so every item the host creates carries its creation time; Hibernate overwrites it with the
 * stored value (null for older rows) when it loads an item. Never instantiated.
 */
public class DatedOrderItemTemplate implements DatedOrderItem {

    @Column(name = "CM_DATE_ADDED")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(excluded = true)
    protected Date cmDateAdded;

    @Override
    public Date getCmDateAdded() {
        return cmDateAdded;
    }

    @Override
    public void setCmDateAdded(Date dateAdded) {
        this.cmDateAdded = dateAdded;
    }
}
