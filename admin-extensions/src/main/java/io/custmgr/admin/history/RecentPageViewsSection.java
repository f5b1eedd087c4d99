package io.custmgr.admin.history;

import io.custmgr.admin.common.CustomerForms;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.history.domain.PageView;
import io.custmgr.history.service.NavigationHistoryService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * A "Recent page views" grid on the first tab of the customer form: the latest views (one query, bounded), newest
 * first, with a "See all" button to the navigation history page.
 */
@Component("cmRecentPageViewsSection")
public class RecentPageViewsSection extends AbstractFormBuilderExtensionHandler {

    public static final String GRID_KEY = "cmRecentPageViews";

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @Resource(name = "cmNavigationHistoryService")
    protected NavigationHistoryService historyService;

    @Value("${custmgr.admin.recentPageViews:10}")
    protected int recentViews;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        Long customerId = CustomerForms.isSavedCustomer(form) ? CustomerForms.customerId(form) : null;
        Tab tab = CustomerForms.firstTab(form);
        if (customerId == null || tab == null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "CustomerRecentPageViews_Title", "/customer", form.getId())
                .column("time", "CustomerNavigationHistory_Time")
                .column("url", "CustomerNavigationHistory_Url")
                .column("item", "CustomerNavigationHistory_Item")
                .column("assistedBy", "CustomerNavigationHistory_AssistedBy")
                .link("cmSeeAllPageViews", "CustomerRecentPageViews_SeeAll",
                        "/customer/" + customerId + "/navigation-history");
        List<PageView> views = historyService.findLatestViews(customerId, recentViews);
        for (PageView view : views) {
            NavigationHistoryRow row = new NavigationHistoryRow(view);
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("time", row.getTime());
            values.put("url", row.getUrl());
            values.put("item", itemLabel(view));
            values.put("assistedBy", row.getAssistedBy());
            grid.row(String.valueOf(view.getId()), values);
        }
        tab.getListGrids().add(grid.build());
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** The grid shows text only, so the item's kind stands in for an icon. */
    static String itemLabel(PageView view) {
        if (view.getItemName() == null) {
            return "";
        }
        if (view.getProductId() != null) {
            return "Product: " + view.getItemName();
        }
        return view.getCategoryId() != null ? "Category: " + view.getItemName() : view.getItemName();
    }
}
