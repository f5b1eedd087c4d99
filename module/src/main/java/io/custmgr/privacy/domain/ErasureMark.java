package io.custmgr.privacy.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * When a customer's personal data was erased: embedded into {@code BLC_CUSTOMER} ({@code CM_} column) through
 * {@link ErasedCustomerTemplate}. Written only by the erasure (SQL). An erased row stays, so its orders keep their
 * customer; merge, duplicates, the search index, the account audit and the cleanup skip it.
 */
@Embeddable
public class ErasureMark implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The column, for the SQL of the features that skip erased customers. */
    public static final String COLUMN = "CM_ERASED_DATE";

    static final String GROUP = "ErasureMark_Group";
    static final int GROUP_ORDER = 1750;

    @Column(name = COLUMN)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "ErasureMark_ErasedDate", group = GROUP, groupOrder = GROUP_ORDER, order = 100,
            readOnly = true)
    protected Date erasedDate;

    public Date getErasedDate() {
        return erasedDate;
    }

    public boolean isErased() {
        return erasedDate != null;
    }

    /** An SQL condition: the customer of this alias is not erased. */
    public static String notErased(String alias) {
        return alias + "." + COLUMN + " IS NULL";
    }
}
