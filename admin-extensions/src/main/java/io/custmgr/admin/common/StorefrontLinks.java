package io.custmgr.admin.common;

import io.custmgr.common.web.CurrentRequest;
import io.custmgr.common.web.RequestOrigins;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import javax.servlet.http.HttpServletRequest;

/** Absolute storefront links for mails the admin sends (set-password, guest claim). */
@Component("cmStorefrontLinks")
public class StorefrontLinks {

    /** The storefront's base URL; empty: the admin's own host at the root path, as in the sample site. */
    @Value("${custmgr.storefront.url:}")
    protected String storefrontUrl;

    /** @param path storefront path starting with a slash */
    public String link(HttpServletRequest request, String path) {
        if (StringUtils.hasText(storefrontUrl)) {
            return storefrontUrl.replaceAll("/+$", "") + path;
        }
        return RequestOrigins.origin(request) + path;
    }

    /** The same for the request this thread serves; null outside a request. */
    public String link(String path) {
        HttpServletRequest request = CurrentRequest.get();
        return request == null ? null : link(request, path);
    }
}
