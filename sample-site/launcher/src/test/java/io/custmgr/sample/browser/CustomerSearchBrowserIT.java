package io.custmgr.sample.browser;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customer Care → Customer Search on the sample site: a shopper who registers on the storefront is found by the
 * merchant within seconds; fields, facets and sort narrow the list; the ticked customers and all matching ones export
 * to CSV and XLSX with formula-like names neutralised; a CSR without "Export Customers" cannot export.
 */
@BrowserTest
class CustomerSearchBrowserIT {

    static final long INDEX_WAIT_MS = 20000L;

    @Test
    void aShopperWhoRegistersIsFoundByTheMerchantWithinSeconds(Browser browser, SampleSite site) {
        String email = Unique.email("search");
        new StorefrontShopper(browser, site, email, "Searchable1").register("Zoë", "Searchable<b>").logOut();

        new AdminConsole(browser, site).logIn();
        List<String> rows = awaitResults(browser, site, "q=" + encode(email.substring(0, email.indexOf('@'))), 1);
        WebElement hit = browser.find(By.cssSelector("tr.custmgr-search-hit"));
        assertTrue(hit.getText().contains("Zoë Searchable<b>"), "the name shown as typed, as text: " + rows);
        assertTrue(browser.findAll(By.cssSelector("tr.custmgr-search-hit b")).isEmpty(), "no live markup");

        // the accent and case do not matter, and the guest facet narrows to accounts
        awaitResults(browser, site, "name=ZOE+searchab&email=" + encode(email), 1);
        browser.find(By.cssSelector("[data-facet='guest'] a[data-value='false']")).click();
        browser.waitVisible(By.cssSelector("a.custmgr-facet-value.selected[data-value='false']"));
        assertEquals(1, browser.findAll(By.cssSelector("tr.custmgr-search-hit")).size());
        assertTrue(browser.currentUrl().contains("guest=no"), "the search lives in the URL: " + browser.currentUrl());
    }

    @Test
    void theMerchantFindsASeededCustomerByZipIpBirthdayAndProductBought(Browser browser, SampleSite site)
            throws Exception {
        String zip;
        String birthday;
        String product;
        long demoId;
        try (java.sql.Connection db = SampleDatabase.connect(); java.sql.Statement st = db.createStatement()) {
            java.sql.ResultSet rs = st.executeQuery("SELECT c.CUSTOMER_ID, c.CM_DATE_OF_BIRTH, a.POSTAL_CODE"
                    + " FROM BLC_CUSTOMER c JOIN BLC_CUSTOMER_ADDRESS ca ON ca.CUSTOMER_ID = c.CUSTOMER_ID"
                    + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID WHERE c.EMAIL_ADDRESS = 'demo@example.com'");
            assertTrue(rs.next(), "the demo customer has an address");
            demoId = rs.getLong(1);
            birthday = rs.getDate(2).toString().substring(5);
            zip = rs.getString(3);
            rs = st.executeQuery("SELECT i.NAME FROM BLC_ORDER_ITEM i JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
                    + " WHERE o.CUSTOMER_ID = " + demoId + " AND o.ORDER_STATUS = 'SUBMITTED'");
            assertTrue(rs.next(), "the demo customer bought something");
            product = rs.getString(1);
        }
        new AdminConsole(browser, site).logIn();
        for (String query : new String[] {"postalCode=" + encode(zip), "birthMonthDay=" + birthday,
            "product=" + encode(product), "ip=203.0.113.45"}) {
            browser.open(site.admin("customer-search") + "?" + query + "&size=100");
            browser.waitVisible(By.id("custmgr-search-total"));
            List<String> ids = browser.findAll(By.cssSelector("tr.custmgr-search-hit")).stream()
                    .map(row -> row.getDomAttribute("data-id")).collect(Collectors.toList());
            if (query.startsWith("ip=")) {
                assertTrue(ids.size() >= 3, "the seeded burst of registrations from one IP: " + ids);
            } else {
                assertTrue(ids.contains(Long.toString(demoId)), query + " finds the demo customer: " + ids);
            }
        }
    }

    @Test
    void fieldsFacetsAndSortAndAClearMessageForABadValue(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer-search") + "?postalCode=9&sort=spent&dir=desc");
        browser.waitVisible(By.id("custmgr-search-total"));
        List<WebElement> facets = browser.findAll(By.cssSelector(".custmgr-facet"));
        assertFalse(facets.isEmpty(), "facets with counts");
        List<Double> spent = browser.findAll(By.cssSelector("tr.custmgr-search-hit td:nth-child(9)")).stream()
                .map(cell -> cell.getText().replace(",", "")).filter(text -> !text.isEmpty())
                .map(Double::valueOf).collect(Collectors.toList());
        for (int i = 1; i < spent.size(); i++) {
            assertTrue(spent.get(i - 1) >= spent.get(i), "sorted by total spent, descending: " + spent);
        }
        Screenshots.save(browser, "admin-customer-search");

        browser.open(site.admin("customer-search") + "?birthFrom=2000-02-30&q=" + encode("*:* OR \""));
        WebElement error = browser.waitVisible(By.cssSelector(".custmgr-field-error[data-field='birthFrom']"));
        assertEquals("Enter a date as YYYY-MM-DD.", error.getText());
        assertEquals("0 customers", browser.find(By.id("custmgr-search-total")).getText().replaceAll(" \\(.*", ""),
                "Solr syntax is searched as text");
    }

    @Test
    void exportsTheTickedAndAllMatchingCustomersWithFormulasNeutralised(Browser browser, SampleSite site)
            throws Exception {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String token = Unique.token();
        admin.addCustomer("formula-" + token + "@example.com", "=HYPERLINK(\"http://x\")", "Formula");
        admin.addCustomer("plain-" + token + "@example.com", "Plain", "Customer");
        awaitResults(browser, site, "email=" + token, 2);

        browser.find(By.cssSelector("tr.custmgr-search-hit input[name=id]")).click(); // the first one only
        String csv = new String(exportFromPage(browser, "csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> ticked = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(1, ticked.size(), "only the ticked customer: " + csv);

        browser.find(By.cssSelector("tr.custmgr-search-hit input[name=id]")).click(); // untick
        browser.find(By.id("custmgr-select-all")).click();
        csv = new String(exportFromPage(browser, "csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> all = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, all.size(), csv);
        String firstNames = all.stream().map(r -> r.get("First name")).sorted().collect(Collectors.joining("|"));
        assertEquals("'=HYPERLINK(\"http://x\")|Plain", firstNames, "the formula neutralised");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportFromPage(browser, "xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "a header and two customers");
        }
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(exportFromPage(browser, "xml")));
        assertEquals(2, xml.getElementsByTagName("customer").getLength(), "one element per customer");
        String html = new String(exportFromPage(browser, "html"), StandardCharsets.UTF_8);
        assertEquals(3, html.split("<tr").length - 1, "a printable table: a header row and two customers");
        assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)") || html.contains("=HYPERLINK(&#34;http://x&#34;)"),
                "the name escaped in the HTML export");
        browser.open(site.admin("admin-audit-trail"));
        assertTrue(browser.waitVisible(By.cssSelector("tr.custmgr-admin-audit-record td[data-fieldname='after']"))
                .getText().contains("rows: 2"), "the export is in the admin audit trail with its row count");
    }

    @Test
    void exportingMoreThanTheDirectLimitRunsInTheBackgroundWithADownloadLink(Browser browser, SampleSite site)
            throws Exception {
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer-search"));
        long total = Long.parseLong(browser.waitVisible(By.id("custmgr-search-total")).getText().replaceAll(" .*", ""));
        assertTrue(total > 100, "the sample's limit for a direct download is 100; customers: " + total);
        browser.find(By.id("custmgr-select-all")).click();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("custmgr-export-format"))).selectByValue("xlsx");
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-export")).click());
        assertTrue(browser.currentUrl().contains("/customer-search/export/"), "the job's page: " + browser.currentUrl());
        WebElement download = browser.waitVisible(By.id("custmgr-export-download"));
        Screenshots.save(browser, "admin-customer-export-job");
        Accessibility.admin().check(browser);
        String href = download.getDomAttribute("href");
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.arrayBuffer(); })"
                + ".then(function (b) { var s = ''; var a = new Uint8Array(b);"
                + " for (var i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); } done(btoa(s)); });", href);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(
                (String) base64)))) {
            assertEquals(total, workbook.getSheetAt(0).getLastRowNum(), "a row per matching customer");
        }
    }

    @Test
    void aCsrWithoutExportCustomersSearchesButCannotExport(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String login = "bt-csr-search-" + Unique.token();
        CustomerGroupPermissionsBrowserIT.createAdminUser(browser, site, login, CustomerGroupPermissionsBrowserIT.CSR_ROLE);
        admin.logIn(login, CustomerGroupPermissionsBrowserIT.CSR_PASSWORD);
        browser.open(site.admin("customer-search"));
        browser.waitVisible(By.id("custmgr-search-total"));
        assertTrue(browser.findAll(By.id("custmgr-export-form")).isEmpty(), "no export form for a CSR");
        String csrf = (String) browser.script("var i = document.querySelector('input[name=csrfToken]');"
                + " return i ? i.value : '';");
        Object status = AdminAuditTrailBrowserIT.post(browser, site.adminPath() + "customer-search/export",
                "csrfToken=" + csrf + "&all=true&format=csv&column=email");
        assertTrue(!Long.valueOf(200).equals(status), "refused, answered " + status);
    }

    /** Reloads the search until it shows {@code expected} customers (the index takes a moment after a commit). */
    static List<String> awaitResults(Browser browser, SampleSite site, String query, int expected) {
        long deadline = System.currentTimeMillis() + INDEX_WAIT_MS;
        List<String> rows;
        do {
            browser.open(site.admin("customer-search") + "?" + query);
            browser.waitVisible(By.id("custmgr-search-total"));
            rows = browser.findAll(By.cssSelector("tr.custmgr-search-hit")).stream().map(WebElement::getText)
                    .collect(Collectors.toList());
        } while (rows.size() != expected && System.currentTimeMillis() < deadline && pause());
        assertEquals(expected, rows.size(), "found within " + INDEX_WAIT_MS + " ms by " + query + ": " + rows);
        return rows;
    }

    /** Submits the page's export form as the browser would, and @return the downloaded file. */
    static byte[] exportFromPage(Browser browser, String format) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('custmgr-export-form');"
                + "form.querySelector('select[name=format]').value = arguments[0];"
                + "fetch(form.action, {method: 'POST', credentials: 'same-origin', body: new URLSearchParams("
                + "new FormData(form))}).then(function (r) { return r.arrayBuffer(); }).then(function (b) {"
                + " var s = ''; var a = new Uint8Array(b); for (var i = 0; i < a.length; i++) {"
                + " s += String.fromCharCode(a[i]); } done(btoa(s)); }, function (e) { done('ERROR ' + e); });",
                format);
        return Base64.getDecoder().decode((String) base64);
    }

    private static boolean pause() {
        try {
            Thread.sleep(500L);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
