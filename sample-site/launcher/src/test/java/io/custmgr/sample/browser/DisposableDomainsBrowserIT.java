package io.custmgr.sample.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped list of disposable e-mail domains is in the admin at first start; the merchant adds a domain (a bad or
 * listed one answered at the field) and deletes it again under Customer Care → Disposable E-mail Domains.
 */
@BrowserTest
class DisposableDomainsBrowserIT {

    static final String DOMAIN = "domain";

    private Browser browser;
    private SampleSite site;
    private String added;

    @BeforeEach
    void signIn(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
        this.added = "bt-" + Unique.token().toLowerCase() + ".example";
        new AdminConsole(browser, site).logIn();
    }

    @AfterEach
    void removeTheDomain() throws SQLException {
        try (Connection connection = SampleDatabase.connect();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM CM_DISPOSABLE_DOMAIN WHERE DOMAIN = ?")) {
            delete.setString(1, added);
            delete.executeUpdate();
        }
    }

    @Test
    void theShippedListIsThereAndTheMerchantAddsAndDeletesDomains() {
        Map<String, String> shipped = AdminSection.openFiltered(browser, site, AdminSection.DISPOSABLE_DOMAINS, DOMAIN,
                "mailinator.com").row(DOMAIN, "mailinator.com")
                .orElseThrow(() -> new AssertionError("mailinator.com is not listed"));
        assertAll("shipped entry",
                () -> assertEquals("LIST", shipped.get("source")),
                () -> assertEquals("system", shipped.get("addedBy")));

        AdminSection.AddDialog dialog = AdminSection.open(browser, site, AdminSection.DISPOSABLE_DOMAINS)
                .add(DOMAIN, "not a domain");
        assertEquals(Optional.empty(), dialog.save(), "an invalid domain is refused");
        assertEquals(Optional.of("Not a domain name: enter e.g. mailinator.com"), dialog.fieldError(DOMAIN));
        dialog.type(DOMAIN, " MAILINATOR.com ");
        assertEquals(Optional.empty(), dialog.save(), "a listed domain is refused");
        assertEquals(Optional.of("This domain is already listed"), dialog.fieldError(DOMAIN));
        dialog.type(DOMAIN, "  " + added.toUpperCase() + " ");
        long id = dialog.save().orElseThrow(() -> new AssertionError("the new domain was not saved"));

        Map<String, String> row = AdminSection.openFiltered(browser, site, AdminSection.DISPOSABLE_DOMAINS, DOMAIN,
                added).row(DOMAIN, added).orElseThrow(() -> new AssertionError(added + " is not listed lower case"));
        assertAll("merchant's entry",
                () -> assertEquals("MERCHANT", row.get("source")),
                () -> assertEquals(AdminConsole.USERNAME, row.get("addedBy")),
                () -> assertTrue(!row.get("dateAdded").isEmpty()));

        AdminSection.delete(browser, site, AdminSection.DISPOSABLE_DOMAINS, id);
        assertEquals(Optional.empty(), AdminSection.openFiltered(browser, site, AdminSection.DISPOSABLE_DOMAINS,
                DOMAIN, added).row(DOMAIN, added), "deleted");
    }
}
