package io.custmgr.merge.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Where a customer went when it was merged away: embedded into {@code BLC_CUSTOMER} ({@code CM_} columns) through
 * {@link MergedCustomerTemplate}. Written only by the merge (SQL); an absorbed customer keeps its row, deactivated,
 * so anything still holding its id can follow {@code mergedInto} to the survivor.
 */
@Embeddable
public class MergeMark implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String GROUP = "MergeMark_Group";
    static final int GROUP_ORDER = 1700;

    @Column(name = "CM_MERGED_INTO")
    @AdminPresentation(friendlyName = "MergeMark_MergedInto", group = GROUP, groupOrder = GROUP_ORDER, order = 100,
            readOnly = true)
    protected Long mergedInto;

    @Column(name = "CM_MERGED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "MergeMark_MergedDate", group = GROUP, groupOrder = GROUP_ORDER, order = 200,
            readOnly = true)
    protected Date mergedDate;

    public Long getMergedInto() {
        return mergedInto;
    }

    public Date getMergedDate() {
        return mergedDate;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }
}
