package io.custmgr.admin.web.search;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.index.CustomerIndexService;
import io.custmgr.search.query.CustomerSearchParser;
import io.custmgr.search.query.CustomerSearchResult;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.search.query.CustomerSolrQueries;
import io.custmgr.search.query.SortKey;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * Customer Care → Customer Search: one box for free text and a field for every indexed property, facets with counts,
 * sort by any column, pages, a checkbox per row and "select all matching" for exports. The state lives in the URL
 * (GET). A value that cannot be searched gets a message at its field and does not filter; when the index does not
 * answer, the page says so and shows the database's search of the basic fields.
 */
@Controller("cmCustomerSearchController")
@RequestMapping("/" + CustomerSearchController.SECTION_KEY)
public class CustomerSearchController extends AdminAbstractController {

    static final String SECTION_KEY = "customer-search";
    static final String PATH = "/" + SECTION_KEY;
    static final List<ExportColumn> DEFAULT_COLUMNS = Arrays.asList(ExportColumn.ID, ExportColumn.EMAIL,
            ExportColumn.FIRST_NAME, ExportColumn.LAST_NAME, ExportColumn.COMPANY, ExportColumn.PHONE,
            ExportColumn.REGISTERED, ExportColumn.GROUPS, ExportColumn.ORDER_COUNT, ExportColumn.TOTAL_SPENT);
    static final List<ExportOption> EXPORT_FORMATS = new ArrayList<ExportOption>();
    static final List<ExportOption> EXPORT_COLUMNS = new ArrayList<ExportOption>();

    static {
        String[] labels = {"CSV", "Excel (XLSX)", "XML", "Printable HTML"};
        for (ExportFormat format : ExportFormat.values()) {
            EXPORT_FORMATS.add(new ExportOption(format.getKey(), labels[format.ordinal()], false));
        }
        for (ExportColumn column : ExportColumn.all()) {
            EXPORT_COLUMNS.add(new ExportOption(column.getKey(), column.getLabel(), DEFAULT_COLUMNS.contains(column)));
        }
    }

    /**
     * An export format or column as the page shows it. A bean, not a map: Thymeleaf caches each expression's parsed
     * form by its text across templates, and Spring 3.2's SpEL keeps the accessor it first used for a property — the
     * map accessor, given a map — and casts every later target to a map, so {@code f.key} over a map here broke the
     * same expression over the merge page's conflicts (a 500 seen in the admin form sweep).
     */
    public static final class ExportOption {

        private final String key;
        private final String label;
        private final boolean defaultColumn;

        ExportOption(String key, String label, boolean defaultColumn) {
            this.key = key;
            this.label = label;
            this.defaultColumn = defaultColumn;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public boolean isDefaultColumn() {
            return defaultColumn;
        }
    }

    @Resource(name = "cmCustomerSearchService")
    protected CustomerSearchService searchService;

    @Resource(name = "cmCustomerIndexService")
    protected CustomerIndexService indexService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String search(HttpServletRequest request, Model model) throws ServiceException {
        permissions.check(READ, Customer.class);
        @SuppressWarnings("unchecked")
        CustomerSearchParser.Parsed parsed = CustomerSearchParser.parse(request.getParameterMap());
        CustomerSearchResult result = searchService.search(parsed.getCriteria());

        long lastPage = Math.max(1L, (result.getTotal() + parsed.getCriteria().getPageSize() - 1)
                / parsed.getCriteria().getPageSize());
        @SuppressWarnings("unchecked")
        SearchUrl url = new SearchUrl(PATH, request.getParameterMap());
        model.addAttribute("criteria", parsed.getCriteria());
        model.addAttribute("errors", parsed.getErrors());
        model.addAttribute("result", result);
        model.addAttribute("url", url);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("sortKeys", SortKey.values());
        model.addAttribute("facetFields", Arrays.asList(CustomerSolrQueries.FACETS));
        model.addAttribute("pageSizes", CustomerSearchParser.PAGE_SIZES);
        model.addAttribute("indexState", indexService.state());
        model.addAttribute("mayMaintainIndex", permissions.holds(CustomerSearchIndexController.PERMISSION));
        if (permissions.holds(AdminPermissions.EXPORT_CUSTOMERS)) {
            model.addAttribute("exportFormats", EXPORT_FORMATS);
            model.addAttribute("exportColumns", EXPORT_COLUMNS);
            csrf.addToken(model);
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/customerSearch");
        return "modules/defaultContainer";
    }
}
