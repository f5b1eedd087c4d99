package io.custmgr.sample.browser;

import io.custmgr.sample.browser.Accessibility.Exclusion;

import java.util.List;

/**
 * Where Broadleaf 3.1's own admin markup (its templates and CSS in broadleaf-open-admin-platform, which the module does
 * not patch) fails an accessibility rule, and why the module leaves it. Each exclusion names one rule and the part of
 * the page that Broadleaf renders; the module's views and fields inside the admin are checked in full.
 */
final class AdminChrome {

    /** The text area jQuery autosize (in Broadleaf's admin.js) appends to the body, off screen, to measure text. */
    private static final String AUTOSIZE_MIRROR = "body > textarea[tabindex='-1']";

    static final List<Exclusion> EXCLUSIONS = List.of(
            new Exclusion("image-alt", "header.top-bar .brand",
                    "Broadleaf's header logo is an image without alt text"),
            new Exclusion("link-name", "header.top-bar .brand",
                    "the logo image is the only content of Broadleaf's home link in the header"),
            new Exclusion("color-contrast", "#sideMenu",
                    "Broadleaf's menu colours (white on light blue for the current section)"),
            new Exclusion("heading-order", "#sideMenu",
                    "Broadleaf's menu titles are h5, whatever the page's headings before them"),
            new Exclusion("color-contrast", ".breadcrumb-container",
                    "Broadleaf's breadcrumb link colour"),
            new Exclusion("color-contrast", ".listgrid-container td > a:not([class^='custmgr-'])",
                    "Broadleaf's list grid link colour (#8eaa2b on white); the module's own row links are darker"),
            new Exclusion("definition-list", "dl.tabs",
                    "Broadleaf's tab strip is a <dl> of <dd> elements without <dt>"),
            new Exclusion("label", AUTOSIZE_MIRROR,
                    "the off-screen copy of a text area that Broadleaf's autosize plugin measures, never focused"),
            new Exclusion("region", AUTOSIZE_MIRROR,
                    "the same off-screen copy, appended to the body outside the landmarks"),
            new Exclusion("region", "body > .modal",
                    "Broadleaf appends its dialogs (Add, lookups) to the body, outside the page's landmarks"),
            new Exclusion("page-has-heading-one",
                    "html:has(form.entity-form:not(.modal-add-entity-form)), html:has(.listgrid-container#main)",
                    "Broadleaf's own entity lists and forms have no h1 (the module's views do)"));

    private AdminChrome() {
    }
}
