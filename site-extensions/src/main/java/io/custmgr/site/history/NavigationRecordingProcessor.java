package io.custmgr.site.history;

import io.custmgr.assist.service.AssistanceService;
import io.custmgr.assist.service.AssistedSession;
import io.custmgr.assist.service.CurrentAssistance;
import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.history.service.PageViewEvent;
import io.custmgr.history.service.PageViewRecorder;
import io.custmgr.history.service.UserAgentDetails;
import io.custmgr.history.service.UserAgentParser;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.web.catalog.CategoryHandlerMapping;
import org.broadleafcommerce.core.web.catalog.ProductHandlerMapping;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.util.Date;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * Turns one finished storefront request into a page view for the {@link PageViewRecorder}: decides whether it counts
 * (GET/POST pages, not static files, health checks, admin paths or, if so configured, bots), and collects customer,
 * hashed session, client IP, masked URL, referrer, browser and the catalog item Broadleaf's handler mappings found.
 * Call it after the rest of the chain ran (the item attributes are set inside the DispatcherServlet). May throw on
 * unexpected request state; the filter shields the request from that. Thread-safe once configured.
 */
public class NavigationRecordingProcessor {

    private final PageViewRecorder recorder;
    private final UserAgentParser userAgentParser;
    private final RequestClassifier classifier;
    private final QueryMasker masker;
    private final ClientIpResolver ipResolver;
    private final boolean skipBots;
    private AssistanceService assistance;

    public NavigationRecordingProcessor(PageViewRecorder recorder, UserAgentParser userAgentParser,
            RequestClassifier classifier, QueryMasker masker, ClientIpResolver ipResolver, boolean skipBots) {
        this.recorder = recorder;
        this.userAgentParser = userAgentParser;
        this.classifier = classifier;
        this.masker = masker;
        this.ipResolver = ipResolver;
        this.skipBots = skipBots;
    }

    /**
     * Records the request as a page view if it is one.
     *
     * @param startedAt when the request arrived (the view time)
     * @return the event handed to the recorder, or null when the request was skipped
     */
    public PageViewEvent process(HttpServletRequest request, long startedAt) {
        if (!classifier.isPageView(request)) {
            return null;
        }
        String userAgent = request.getHeader("User-Agent");
        UserAgentDetails agent = userAgentParser.parse(userAgent);
        if (agent.isBot() && skipBots) {
            return null;
        }
        PageViewEvent event = new PageViewEvent();
        event.setViewTime(new Date(startedAt));
        Customer customer = currentCustomer(request);
        event.setCustomerId(customer == null ? null : customer.getId());
        event.setSessionHash(SessionHasher.hash(sessionId(request)));
        event.setIpAddress(ipResolver.resolve(request));
        event.setHttpMethod(request.getMethod().toUpperCase(Locale.ROOT));
        event.setUrl(masker.partialUrl(classifier.pathOf(request), request.getQueryString()));
        String referrer = request.getHeader("Referer");
        event.setReferrer(referrer == null ? null : masker.maskedUrl(referrer));
        event.setUserAgent(userAgent);
        event.setBrowserName(agent.getBrowserName());
        event.setBrowserVersion(agent.getBrowserVersion());
        event.setOperatingSystem(agent.getOperatingSystem());
        event.setBot(agent.isBot());
        addCatalogItem(request, event);
        addAssistance(request, event);
        recorder.record(event);
        return event;
    }

    /** "Login as customer": the view carries the admin user's login and counts in the assistance log. */
    protected void addAssistance(HttpServletRequest request, PageViewEvent event) {
        AssistedSession assisted = CurrentAssistance.of(request);
        if (assisted != null) {
            event.setAssistedBy(assisted.getAdminName());
            if (assistance != null) {
                assistance.pageViewed(assisted);
            }
        }
    }

    /** The service counting assisted page views in the assistance log (bean {@code cmAssistanceService}). */
    public void setAssistanceService(AssistanceService assistance) {
        this.assistance = assistance;
    }

    /** The customer Broadleaf's customer state filter put on the request (registered, guest or anonymous). */
    protected Customer currentCustomer(HttpServletRequest request) {
        return CustomerState.getCustomer(request);
    }

    protected void addCatalogItem(HttpServletRequest request, PageViewEvent event) {
        Object product = request.getAttribute(ProductHandlerMapping.CURRENT_PRODUCT_ATTRIBUTE_NAME);
        if (product instanceof Product) {
            event.setProductId(((Product) product).getId());
            event.setItemName(nameOf((Product) product));
            return;
        }
        Object category = request.getAttribute(CategoryHandlerMapping.CURRENT_CATEGORY_ATTRIBUTE_NAME);
        if (category instanceof Category) {
            event.setCategoryId(((Category) category).getId());
            event.setItemName(((Category) category).getName());
        }
    }

    /** Product names live on the default SKU, which may need a lazy load; a view without the name beats none. */
    private static String nameOf(Product product) {
        try {
            return product.getName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
