package io.custmgr.common.web.error;

import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;

/**
 * Adds what a webapp knows about the requested path to its error page, e.g. the admin's section and record id.
 * Must not throw: it runs while a failure is being answered (catch and leave the page as it is instead).
 */
public interface ErrorPageDetails {

    /**
     * @param request the failed request (on the container's error dispatch: the forwarded one)
     * @param kind    never null
     * @param page    the error view; add model attributes only
     */
    void describe(HttpServletRequest request, ErrorKind kind, ModelAndView page);
}
