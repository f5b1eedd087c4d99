package io.custmgr.sample.browser;

import io.custmgr.sample.browser.Accessibility.Exclusion;
import io.custmgr.sample.browser.Accessibility.Violation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility check itself, on small pages of known faults (no sample site needed): it finds white text on a
 * pale badge, an input without a label and an image without alt text, says where, and leaves out only what an
 * exclusion covers.
 */
@Tag("browser")
@ExtendWith(BrowserExtension.class)
class AccessibilityCheckBrowserIT {

    private static final String FAULTY_BODY = "<header><p>Shop</p></header><main><h1>Account</h1>"
            + "<p><span class=\"badge\" style=\"color: #fff; background: #e8f0fe\">Default billing</span></p>"
            + "<form><input type=\"text\" name=\"nickname\"></form>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
            + "</main>";

    @Test
    void reportsLowContrastMissingLabelsAndAltTextWithRuleImpactAndSelector(Browser browser) {
        browser.open(page(FAULTY_BODY));

        AssertionError failure = assertThrows(AssertionError.class, () -> Accessibility.storefront().check(browser));

        String report = failure.getMessage();
        assertTrue(report.contains("- color-contrast (serious)"), report);
        assertTrue(report.contains("span  <span class=\"badge\" style=\"color: #fff; background: #e8f0fe\">"
                + "Default billing</span>"), "the badge's selector and html: " + report);
        assertTrue(report.contains("contrast of 1.14"), "what is wrong: " + report);
        assertTrue(report.contains("- label (critical)"), report);
        assertTrue(report.contains("<input type=\"text\" name=\"nickname\">"), "the input: " + report);
        assertTrue(report.contains("- image-alt (critical)"), report);
    }

    @Test
    void findsMissingLandmarksLangAndTitle(Browser browser) {
        browser.open("data:text/html;charset=utf-8," + encode("<!DOCTYPE html><html><head></head><body>"
                + "<h2>Orders</h2><p>None yet.</p></body></html>"));

        List<String> rules = rules(Accessibility.storefront().violations(browser));

        assertTrue(rules.containsAll(List.of("html-has-lang", "document-title", "landmark-one-main", "region",
                "page-has-heading-one")), "found: " + rules);
    }

    @Test
    void passesAPageWithoutFaults(Browser browser) {
        browser.open(page("<main><h1>Account</h1><p><span style=\"color: #0b3d91; background: #e8f0fe\">"
                + "Default billing</span></p><form><label for=\"n\">Nickname</label>"
                + "<input id=\"n\" type=\"text\" name=\"nickname\"></form></main>"));

        Accessibility.storefront().check(browser);
    }

    @Test
    void anExclusionLeavesOutOnlyItsRuleInsideItsPart(Browser browser) {
        browser.open(page(FAULTY_BODY));

        List<String> rules = rules(Accessibility.storefront()
                .excluding(new Exclusion("color-contrast", "main p", "a test of exclusions"),
                        new Exclusion("label", "header", "no input in the header: leaves the form's alone"))
                .violations(browser));

        assertEquals(List.of("image-alt", "label"), rules.stream().sorted().collect(Collectors.toList()));
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).collect(Collectors.toList());
    }

    private static String page(String body) {
        return "data:text/html;charset=utf-8," + encode("<!DOCTYPE html><html lang=\"en\"><head><title>Fixture</title>"
                + "</head><body>" + body + "</body></html>");
    }

    private static String encode(String html) {
        return URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
