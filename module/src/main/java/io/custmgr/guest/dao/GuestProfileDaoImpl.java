package io.custmgr.guest.dao;

import io.custmgr.guest.domain.GuestKeyImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;

@Repository("cmGuestProfileDao")
public class GuestProfileDaoImpl implements GuestProfileDao {

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public Long readGuestIdByKey(String guestKey) {
        List<Long> ids = jdbc.queryForList("SELECT CUSTOMER_ID FROM " + GuestKeyImpl.TABLE + " WHERE GUEST_KEY = ?",
                Long.class, guestKey);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Override
    public void insertKey(String guestKey, Long customerId) {
        jdbc.update("INSERT INTO " + GuestKeyImpl.TABLE + " (GUEST_KEY, CUSTOMER_ID) VALUES (?, ?)", guestKey,
                customerId);
    }

    @Override
    public void deleteKeys(Long customerId) {
        jdbc.update("DELETE FROM " + GuestKeyImpl.TABLE + " WHERE CUSTOMER_ID = ?", customerId);
    }
}
