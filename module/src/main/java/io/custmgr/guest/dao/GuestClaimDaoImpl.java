package io.custmgr.guest.dao;

import io.custmgr.guest.domain.GuestClaimImpl;
import io.custmgr.guest.domain.GuestKeyImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmGuestClaimDao")
public class GuestClaimDaoImpl implements GuestClaimDao {

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public void insertClaim(String tokenHash, long guestId, long accountId, Date expires) {
        jdbc.update("INSERT INTO " + GuestClaimImpl.TABLE + " (TOKEN_HASH, GUEST_ID, ACCOUNT_ID, CREATED, EXPIRES) "
                + "VALUES (?, ?, ?, ?, ?)", tokenHash, guestId, accountId, new Timestamp(System.currentTimeMillis()),
                new Timestamp(expires.getTime()));
    }

    @Override
    public GuestClaimRow readClaimForUpdate(String tokenHash) {
        List<GuestClaimRow> rows = jdbc.query("SELECT GUEST_ID, ACCOUNT_ID, EXPIRES, CLAIMED FROM "
                + GuestClaimImpl.TABLE + " WHERE TOKEN_HASH = ? FOR UPDATE", new RowMapper<GuestClaimRow>() {
                    @Override
                    public GuestClaimRow mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new GuestClaimRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3), rs.getTimestamp(4));
                    }
                }, tokenHash);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public void markClaimed(String tokenHash, Date when) {
        jdbc.update("UPDATE " + GuestClaimImpl.TABLE + " SET CLAIMED = ? WHERE TOKEN_HASH = ?",
                new Timestamp(when.getTime()), tokenHash);
    }

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
