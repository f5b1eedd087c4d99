package io.custmgr.admin.rewards;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.FormExtras;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.orders.AdminFormats;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.rewards.service.RewardPointsBalance;
import io.custmgr.rewards.service.RewardPointsLine;
import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A "Reward points" tab on the customer form for admin users who may read customers: the active and pending balance
 * and the latest ledger lines (three statements whatever the ledger's size); "Adjust points…" (permission "Manage
 * Reward Points") and "Whole ledger" open the customer's reward points page.
 */
@Component("cmRewardPointsTab")
public class RewardPointsTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmRewardPoints";
    public static final String TAB_TITLE = "RewardPoints_Tab";
    public static final int TAB_ORDER = 9600;
    static final String GROUP = "RewardPoints_Group";
    static final int ROWS = 25;

    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService points;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    /** "/customer/{id}/reward-points": the customer's ledger page with the adjustment form. */
    public static String pathOf(Long customerId) {
        return "/customer/" + customerId + "/reward-points";
    }

    @Override
    protected boolean applies(Entity entity) {
        return permissions.may(AdminOperation.READ, Customer.class);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        RewardPointsBalance balance = points.findBalance(customerId);
        List<RewardPointsLine> lines = points.findLedger(customerId, 0, ROWS);
        long count = points.countLedger(customerId);
        form.addField(FormExtras.note("cmPointsActive", "RewardPoints_Active", String.valueOf(balance.getActive()), 1),
                GROUP, 0, TAB_TITLE, TAB_ORDER);
        form.addField(FormExtras.note("cmPointsPending", "RewardPoints_Pending", String.valueOf(balance.getPending()),
                2), GROUP, 0, TAB_TITLE, TAB_ORDER);
        form.addField(FormExtras.note("cmPointsLines", "RewardPoints_Lines", count > lines.size()
                ? "latest " + lines.size() + " of " + count : String.valueOf(count), 3), GROUP, 0, TAB_TITLE, TAB_ORDER);
        String path = pathOf(customerId);
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "RewardPoints_Title", "/customer", form.getId())
                .column("created", "RewardPoints_Created")
                .column("points", "RewardPoints_Points")
                .column("reason", "RewardPoints_Reason", "30%")
                .column("order", "RewardPoints_Order")
                .column("activates", "RewardPoints_Activates")
                .column("expires", "RewardPoints_Expires")
                .column("by", "RewardPoints_By")
                .linkRowsTo(path)
                .link("cmRewardPointsOpen", permissions.holds(AdminPermissions.MANAGE_REWARD_POINTS)
                        ? "RewardPoints_Adjust" : "RewardPoints_Open", path);
        Date now = new Date();
        for (RewardPointsLine line : lines) {
            grid.row(String.valueOf(line.getId()), values(line, now));
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }

    static Map<String, String> values(RewardPointsLine line, Date now) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("created", AdminFormats.dateTime(line.getCreated()));
        values.put("points", (line.getPoints() > 0 ? "+" : "") + line.getPoints());
        values.put("reason", line.getDescription());
        values.put("order", line.getOrderNumber() != null ? line.getOrderNumber()
                : line.getOrderId() == null ? "" : "#" + line.getOrderId());
        values.put("activates", (line.isPendingAt(now) ? "Pending until " : "")
                + AdminFormats.dateTime(line.getActivatesAt()));
        values.put("expires", line.getExpiresAt() == null ? "Never" : AdminFormats.dateTime(line.getExpiresAt()));
        values.put("by", line.getActor());
        return values;
    }
}
