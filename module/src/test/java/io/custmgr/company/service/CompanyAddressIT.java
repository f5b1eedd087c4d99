package io.custmgr.company.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyAddress;
import io.custmgr.company.domain.CompanyAddressImpl;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.Resource;

/**
 * The addresses of a company and its units: refused field by field with nothing saved; checkout offers a member the
 * company's own shipping addresses and those of its units, nobody else any, and nothing while the company is suspended.
 */
@BroadleafIntegrationTest
class CompanyAddressIT {

    @Resource(name = "cmCompanyService")
    CompanyService companies;

    @Resource(name = "cmCompanyMemberService")
    CompanyMemberService members;

    @Resource(name = "cmCompanyAddressService")
    CompanyAddressService addresses;

    @Resource(name = "cmCompanyAdminService")
    CompanyAdminService companyAdmin;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    CompanyFixture fixture;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        fixture = new CompanyFixture(companies, customers);
        if (customers.count("BLC_COUNTRY WHERE ABBREVIATION = ?", "US") == 0) {
            // reference data, as a store has it; left in place
            customers.jdbc().update("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('US', 'United States')");
        }
    }

    @AfterEach
    void cleanUp() {
        fixture.deleteAll();
    }

    @Test
    void badAddressesAreRefusedFieldByFieldAndNothingIsSaved() {
        Company acme = fixture.company("Acme");
        Company other = fixture.company("Other");
        long otherRoot = companies.findUnits(other.getId()).get(0).getId();
        CompanyAddress bad = address("", CompanyAddress.SHIPPING, null);
        bad.setAddressLine1(repeat('x', 256));
        bad.setPostalCode(" ");
        bad.setCountry("ZZ");
        bad.setPhone(repeat('1', 65));
        bad.setKind("EVERYWHERE");
        bad.setUnitId(otherRoot);

        Map<String, String> errors = assertThrows(InvalidCompanyException.class,
                () -> addresses.addAddress(acme.getId(), bad)).getErrors();

        assertEquals(InvalidCompanyException.REQUIRED, errors.get("name"));
        assertEquals(InvalidCompanyException.TOO_LONG, errors.get("addressLine1"));
        assertEquals(InvalidCompanyException.REQUIRED, errors.get("postalCode"));
        assertEquals(InvalidCompanyException.UNKNOWN_COUNTRY, errors.get("country"));
        assertEquals(InvalidCompanyException.TOO_LONG, errors.get("phone"));
        assertEquals(InvalidCompanyException.UNKNOWN_KIND, errors.get("kind"));
        assertEquals(InvalidCompanyException.UNKNOWN_UNIT, errors.get("unitId"), "another company's unit");
        assertTrue(addresses.findAddresses(acme.getId()).isEmpty());
    }

    @Test
    void checkoutOffersAMemberTheCompanysAndItsUnitsShippingAddresses() {
        Company acme = fixture.company("Acme");
        long root = companies.findUnits(acme.getId()).get(0).getId();
        long east = companies.addUnit(acme.getId(), root, "East").getId();
        long west = companies.addUnit(acme.getId(), root, "West").getId();
        addresses.addAddress(acme.getId(), address("Head office", CompanyAddress.BOTH, null));
        addresses.addAddress(acme.getId(), address("Accounts", CompanyAddress.BILLING, null));
        CompanyAddress eastDepot = addresses.addAddress(acme.getId(),
                address("East depot", CompanyAddress.SHIPPING, east));
        addresses.addAddress(acme.getId(), address("West depot", CompanyAddress.SHIPPING, west));
        long buyer = fixture.shopper("buyer");
        long outsider = fixture.shopper("outsider");
        members.attach(acme.getId(), buyer, Arrays.asList(east), null);

        assertEquals(Arrays.asList("Head office " + fixture.token, "East depot " + fixture.token),
                names(addresses.findCheckoutAddresses(buyer)));
        assertTrue(addresses.findCheckoutAddresses(outsider).isEmpty());
        assertEquals(4, addresses.findAddresses(acme.getId()).size());

        companyAdmin.changeStatus(acme.getId(), true);
        assertTrue(addresses.findCheckoutAddresses(buyer).isEmpty(), "a suspended company orders nothing");
        companyAdmin.changeStatus(acme.getId(), false);

        assertFalse(addresses.removeAddress(fixture.company("Other").getId(), eastDepot.getId()),
                "another company's address");
        assertTrue(addresses.removeAddress(acme.getId(), eastDepot.getId()));
        assertEquals(Collections.singletonList("Head office " + fixture.token),
                names(addresses.findCheckoutAddresses(buyer)));
    }

    /** Typed as the interface: JUnit's reflection on this class must not load the entity before the context. */
    private CompanyAddress address(String name, String kind, Long unitId) {
        CompanyAddress address = new CompanyAddressImpl();
        address.setName(name.isEmpty() ? name : name + " " + fixture.token);
        address.setKind(kind);
        address.setUnitId(unitId);
        address.setAddressLine1("1 Main Street");
        address.setPostalCode("10001");
        address.setCity("New York");
        address.setCountry("US");
        return address;
    }

    private static List<String> names(List<CompanyAddress> list) {
        return list.stream().map(CompanyAddress::getName).collect(Collectors.toList());
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
