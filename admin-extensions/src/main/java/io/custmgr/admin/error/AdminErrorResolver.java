package io.custmgr.admin.error;

import io.custmgr.common.web.error.ErrorKind;
import io.custmgr.common.web.error.ErrorPages;

import org.broadleafcommerce.common.web.controller.BroadleafControllerUtility;
import org.broadleafcommerce.openadmin.web.handler.AdminMappingExceptionResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceAware;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Replaces Broadleaf's {@code blAdminExceptionResolver}, which answers a page request with nothing (so the container
 * printed its stack trace page) and an ajax request with the exception's message and, in development, its stack.
 * Page requests get the module's admin error page ({@link ErrorPages}); ajax requests keep Broadleaf's modal
 * ({@code utility/blcException}) with a plain sentence instead of the exception and never the debug text, whatever
 * {@code exception.showDebugMessage} says.
 */
public class AdminErrorResolver extends AdminMappingExceptionResolver implements MessageSourceAware {

    static final String AJAX_VIEW = "utility/blcException";

    private final ErrorPages errorPages;
    private MessageSource messages;

    public AdminErrorResolver(ErrorPages errorPages) {
        this.errorPages = errorPages;
        setOrder(1);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (errorPages.classify(failure, null) == ErrorKind.REFUSED) {
            return null;
        }
        ModelAndView page = errorPages.render(request, response, failure, null);
        if (!BroadleafControllerUtility.isAjaxRequest(request)) {
            return page;
        }
        ModelAndView modal = new ModelAndView(AJAX_VIEW);
        modal.addObject("exceptionMessage", ajaxMessage(request, page));
        modal.addObject("showDebugMessage", false);
        return modal;
    }

    private String ajaxMessage(HttpServletRequest request, ModelAndView page) {
        String kind = (String) page.getModel().get(ErrorPages.KIND);
        Object reference = page.getModel().get(ErrorPages.REFERENCE);
        String key = "custmgr.error." + kind + ".ajax";
        return messages.getMessage(key, new Object[] { reference }, key, RequestContextUtils.getLocale(request));
    }

    @Override
    public void setMessageSource(MessageSource messageSource) {
        this.messages = messageSource;
    }
}
