package io.custmgr.sample.browser;

import java.net.URI;

/** Where the sample site under test answers: storefront at {@code /}, admin at {@code /admin/}. */
public final class SampleSite {

    private final URI storefront;
    private final URI admin;

    SampleSite(String storefrontUrl, String adminUrl) {
        this.storefront = URI.create(withTrailingSlash(storefrontUrl));
        this.admin = URI.create(withTrailingSlash(adminUrl));
    }

    /** A site already running at {@code baseUrl}, with its admin at {@code baseUrl/admin/}. */
    static SampleSite at(String baseUrl) {
        String base = withTrailingSlash(baseUrl);
        return new SampleSite(base, base + "admin/");
    }

    /** @param path a storefront path such as {@code /hot-sauces}; a leading slash is optional */
    public String storefront(String path) {
        return storefront.resolve(stripLeadingSlash(path)).toString();
    }

    /** @param path an admin path such as {@code customer/12} (relative to {@code /admin/}) */
    public String admin(String path) {
        return admin.resolve(stripLeadingSlash(path)).toString();
    }

    public String storefrontUrl() {
        return storefront.toString();
    }

    public String adminUrl() {
        return admin.toString();
    }

    /** @return the path of the admin root, e.g. {@code /admin/}, to recognise admin links in pages */
    public String adminPath() {
        return admin.getPath();
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    public String toString() {
        return "storefront " + storefront + ", admin " + admin;
    }
}
