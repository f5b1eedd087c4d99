package io.custmgr.merge.step;

import io.custmgr.group.domain.CustomerGroupImpl;
import io.custmgr.group.service.CustomerGroupService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeStepReport;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/** Group memberships: the survivor joins every group of the absorbed customer it is not in (the group service moves). */
@Component("cmGroupsMergeStep")
public class GroupsMergeStep extends SqlMergeStep {

    private static final String SURVIVOR_IS_MEMBER = "EXISTS (SELECT 1 FROM " + CustomerGroupImpl.MEMBER_TABLE
            + " t WHERE t.CUSTOMER_ID = :survivor AND t.CUSTOMER_GROUP_ID = f.CUSTOMER_GROUP_ID)";
    private static final String ABSORBED_MEMBERSHIPS = "SELECT COUNT(*) FROM " + CustomerGroupImpl.MEMBER_TABLE
            + " f WHERE f.CUSTOMER_ID = :absorbed AND ";

    @Resource(name = "cmCustomerGroupService")
    protected CustomerGroupService groupService;

    @Override public String getKey() { return "groups"; }
    @Override public int getOrder() { return 800; }
    @Override protected String getTitle() { return "Customer groups"; }

    @Override
    protected List<Move> getMoves() {
        return Collections.emptyList(); // counted and moved below, through the group service
    }

    @Override
    public MergeStepReport preview(MergeParties parties) {
        return report(count(ABSORBED_MEMBERSHIPS + "NOT " + SURVIVOR_IS_MEMBER, parties),
                count(ABSORBED_MEMBERSHIPS + SURVIVOR_IS_MEMBER, parties));
    }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        long shared = count(ABSORBED_MEMBERSHIPS + SURVIVOR_IS_MEMBER, parties);
        int added = groupService.moveMemberships(parties.getAbsorbedId(), parties.getSurvivorId());
        return report(added, shared);
    }

    private MergeStepReport report(long added, long shared) {
        return new MergeStepReport(getKey(), getTitle())
                .line("Group memberships", added, MergeOutcome.MOVED)
                .line("Group memberships the survivor already has", shared, MergeOutcome.DROPPED);
    }
}
