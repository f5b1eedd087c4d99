package io.custmgr.merge.step;

import io.custmgr.address.service.CustomerAddressBook;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeStepReport;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/**
 * Address book. An absorbed address the survivor already has (same street lines, city, postal code and country,
 * ignoring case and spacing) is removed from the absorbed book — its address row stays for any order holding it; the
 * others move, a clashing address name made unique with the row id, their default flags dropped so the survivor keeps
 * its defaults (the address book's rules then run once for the survivor).
 */
@Component("cmAddressesMergeStep")
public class AddressesMergeStep extends SqlMergeStep {

    private static final String SAME_ADDRESS_ON_SURVIVOR = "EXISTS (SELECT 1 FROM BLC_CUSTOMER_ADDRESS sc "
            + "JOIN BLC_ADDRESS sa ON sa.ADDRESS_ID = sc.ADDRESS_ID WHERE sc.CUSTOMER_ID = :survivor "
            + "AND " + same("sa.ADDRESS_LINE1", "a.ADDRESS_LINE1") + " AND " + same("sa.ADDRESS_LINE2", "a.ADDRESS_LINE2")
            + " AND " + same("sa.CITY", "a.CITY")
            + " AND REPLACE(UPPER(COALESCE(sa.POSTAL_CODE, '')), ' ', '') = REPLACE(UPPER(COALESCE(a.POSTAL_CODE, '')), ' ', '')"
            + " AND COALESCE(sa.COUNTRY, '') = COALESCE(a.COUNTRY, ''))";
    private static final String ABSORBED_BOOK = "FROM BLC_CUSTOMER_ADDRESS ca JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID "
            + "WHERE ca.CUSTOMER_ID = :absorbed AND ";

    private static final List<Move> MOVES = Collections.unmodifiableList(Arrays.asList(
            Move.of("Addresses the survivor already has", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) " + ABSORBED_BOOK + SAME_ADDRESS_ON_SURVIVOR,
                    "DELETE FROM BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ADDRESS_ID IN (SELECT ca.CUSTOMER_ADDRESS_ID "
                            + ABSORBED_BOOK + SAME_ADDRESS_ON_SURVIVOR + ")"),
            Move.counted("Addresses", MergeOutcome.MOVED, "SELECT COUNT(*) " + ABSORBED_BOOK + "NOT " + SAME_ADDRESS_ON_SURVIVOR,
                    // BLC_CUSTOMER_ADDRESS is unique on (CUSTOMER_ID, ADDRESS_NAME)
                    "UPDATE BLC_CUSTOMER_ADDRESS SET ADDRESS_NAME = ADDRESS_NAME || ' #' || "
                            + "CAST(CUSTOMER_ADDRESS_ID AS VARCHAR(20)) WHERE CUSTOMER_ID = :absorbed AND ADDRESS_NAME IN "
                            + "(SELECT s.ADDRESS_NAME FROM BLC_CUSTOMER_ADDRESS s WHERE s.CUSTOMER_ID = :survivor)",
                    "UPDATE BLC_CUSTOMER_ADDRESS SET CUSTOMER_ID = :survivor, CM_DEFAULT_BILLING = FALSE, "
                            + "CM_DEFAULT_SHIPPING = FALSE WHERE CUSTOMER_ID = :absorbed")));

    @Resource(name = "cmCustomerAddressBook")
    protected CustomerAddressBook addressBook;

    @Override public String getKey() { return "addresses"; }
    @Override public int getOrder() { return 500; }
    @Override protected String getTitle() { return "Address book"; }
    @Override protected List<Move> getMoves() { return MOVES; }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        MergeStepReport report = super.merge(parties, choices);
        forgetSession(); // the book's rules read through Hibernate
        addressBook.applyRules(parties.getSurvivorId(), null, null);
        em.flush();
        return report;
    }

    private static String same(String left, String right) {
        return "LOWER(TRIM(COALESCE(" + left + ", ''))) = LOWER(TRIM(COALESCE(" + right + ", '')))";
    }
}
