package io.custmgr.common.web.error;

import io.custmgr.common.web.RequestOrigins;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import java.security.SecureRandom;
import java.util.Random;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Turns a failed request into the webapp's error page: sets the status of its {@link ErrorKind}, logs a failure
 * under a short reference id beside its stack trace, and hands the view only what a visitor may see — the kind,
 * the status, the reference, the path asked for — never the exception, its class or its message.
 *
 * <p>One bean per webapp ({@code cmAdminErrorPages}, {@code cmSiteErrorPages}), each with the webapp's view. Used
 * by the webapp's exception resolver (failures inside the DispatcherServlet) and by {@link ErrorPageController}
 * (failures the container reports: filters, {@code sendError}). Thread-safe.
 */
public class ErrorPages {

    /** Model attributes of the error view. */
    public static final String KIND = "errorKind";
    public static final String STATUS = "errorStatus";
    public static final String REFERENCE = "errorReference";
    public static final String PATH = "errorPath";
    /** The page the visitor came from (same server only, as a path), or null: where "try again" leads. */
    public static final String BACK = "errorBackUrl";
    /** Flash attribute on the page a stale form was sent back to. */
    public static final String FORM_EXPIRED = "formExpired";

    private static final Log LOG = LogFactory.getLog(ErrorPages.class);

    private final ErrorClassifier classifier;
    private final String view;
    private final Random random = new SecureRandom();
    private ErrorPageDetails details;
    private boolean expiredFormsGoBack;

    public ErrorPages(ErrorClassifier classifier, String view) {
        this.classifier = classifier;
        this.view = view;
    }

    /**
     * @param failure what was thrown, or null when the container reports only a status
     * @param status  the status the container reports, or null inside the DispatcherServlet
     * @return the error view with the status set on the response; never null
     */
    public ModelAndView render(HttpServletRequest request, HttpServletResponse response, Throwable failure,
            Integer status) {
        ErrorKind kind = classifier.classify(failure, status);
        String back = sameOriginReferer(request);
        if (kind == ErrorKind.SESSION_EXPIRED && expiredFormsGoBack && back != null
                && "POST".equalsIgnoreCase(request.getMethod())) {
            return formBack(request, back);
        }
        int answered = kind == ErrorKind.REFUSED && status != null ? status : kind.status();
        ModelAndView page = new ModelAndView(view);
        page.addObject(KIND, kind.name());
        page.addObject(STATUS, answered);
        page.addObject(PATH, requestedPath(request));
        page.addObject(BACK, back);
        if (kind == ErrorKind.FAILURE) {
            String reference = newReference();
            LOG.error("Request failed, reference " + reference + ": " + request.getMethod() + " "
                    + requestedUri(request), failure);
            page.addObject(REFERENCE, reference);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(kind + " for " + request.getMethod() + " " + requestedUri(request), failure);
        }
        if (details != null) {
            details.describe(request, kind, page);
        }
        response.setStatus(answered);
        return page;
    }

    /**
     * A form posted with a stale token (left open, then submitted) goes back to the page it came from, which shows
     * {@link #FORM_EXPIRED} (a flash attribute): "please try again", instead of an error page. What was typed is not
     * kept — it may be a password, and it was not checked. Off by default; the storefront switches it on.
     */
    public void setExpiredFormsGoBack(boolean expiredFormsGoBack) {
        this.expiredFormsGoBack = expiredFormsGoBack;
    }

    private static ModelAndView formBack(HttpServletRequest request, String back) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null) {
            flash.put(FORM_EXPIRED, Boolean.TRUE);
        }
        LOG.debug("Stale form token for " + request.getMethod() + " " + requestedUri(request) + ": sent back");
        RedirectView redirect = new RedirectView(back, false, false); // 303: the form page is fetched with GET
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** Optional: what the webapp can say about the path (the admin names the section and record). */
    public void setDetails(ErrorPageDetails details) {
        this.details = details;
    }

    /** @return the kind {@link #render} would show, for callers that answer in another form (ajax) */
    public ErrorKind classify(Throwable failure, Integer status) {
        return classifier.classify(failure, status);
    }

    /** Eight hex digits: short enough to read out on the phone, enough to find the one log entry of a day. */
    public String newReference() {
        return String.format("%08x", random.nextInt());
    }

    /** The path inside the webapp the visitor asked for (the original one on the container's error dispatch). */
    public static String requestedPath(HttpServletRequest request) {
        String uri = requestedUri(request);
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The Referer as a path when it points into this webapp on this server; anything else is not linked. */
    static String sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String prefix = RequestOrigins.origin(request) + request.getContextPath() + "/";
        if (referer == null || !referer.startsWith(prefix) || referer.indexOf('"') >= 0) {
            return null;
        }
        return referer.substring(RequestOrigins.origin(request).length());
    }

    private static String requestedUri(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String ? (String) original : request.getRequestURI();
    }
}
