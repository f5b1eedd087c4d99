package io.custmgr.sample.web.catalog;

/** One step of a breadcrumb trail; the last step of a trail has no link. */
public final class Crumb {

    private final String name;
    private final String url;

    Crumb(String name, String url) {
        this.name = name;
        this.url = url;
    }

    public String getName() {
        return name;
    }

    /** @return the step's URL, or null for the current page */
    public String getUrl() {
        return url;
    }
}
