package io.custmgr.guest.dao;

import io.custmgr.guest.domain.GuestKeyImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import javax.annotation.Resource;

@Repository("cmGuestClaimDao")
public class GuestClaimDaoImpl implements GuestClaimDao {

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public int moveOrders(long guestId, long accountId) {
        return jdbc.update("UPDATE BLC_ORDER SET CUSTOMER_ID = ? WHERE CUSTOMER_ID = ?", accountId, guestId);
    }

    @Override
    public int moveAddresses(long guestId, long accountId) {
        // BLC_CUSTOMER_ADDRESS is unique on (CUSTOMER_ID, ADDRESS_NAME): the row id makes a clashing name unique
        jdbc.update("UPDATE BLC_CUSTOMER_ADDRESS SET ADDRESS_NAME = ADDRESS_NAME || ' #' || "
                + "CAST(CUSTOMER_ADDRESS_ID AS VARCHAR(20)) WHERE CUSTOMER_ID = ? AND ADDRESS_NAME IN "
                + "(SELECT a.ADDRESS_NAME FROM BLC_CUSTOMER_ADDRESS a WHERE a.CUSTOMER_ID = ?)", guestId, accountId);
        return jdbc.update("UPDATE BLC_CUSTOMER_ADDRESS SET CUSTOMER_ID = ? WHERE CUSTOMER_ID = ?", accountId,
                guestId);
    }

    @Override
    public void retireGuest(long guestId, long accountId) {
        jdbc.update("DELETE FROM " + GuestKeyImpl.TABLE + " WHERE CUSTOMER_ID = ?", guestId);
        jdbc.update("UPDATE BLC_CUSTOMER SET CM_CONTACT_EMAIL = NULL, CM_GUEST_CLAIMED_BY = ? WHERE CUSTOMER_ID = ?",
                accountId, guestId);
    }
}
