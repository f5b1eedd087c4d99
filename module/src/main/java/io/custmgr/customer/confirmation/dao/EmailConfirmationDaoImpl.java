package io.custmgr.customer.confirmation.dao;

import io.custmgr.customer.confirmation.domain.EmailConfirmationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmEmailConfirmationDao")
public class EmailConfirmationDaoImpl implements EmailConfirmationDao {

    static final String TABLE = EmailConfirmationImpl.TABLE;

    private static final RowMapper<EmailConfirmationState> STATES = new RowMapper<EmailConfirmationState>() {
        @Override
        public EmailConfirmationState mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new EmailConfirmationState(rs.getLong(1), rs.getString(2), rs.getTimestamp(3), rs.getTimestamp(4),
                    rs.getTimestamp(5), rs.getInt(6));
        }
    };

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public void savePending(long customerId, String emailAddress, Date requested) {
        Timestamp when = new Timestamp(requested.getTime());
        int updated = jdbc.update("UPDATE " + TABLE + " SET EMAIL_ADDRESS = ?, REQUESTED = ?, CONFIRMED = NULL,"
                + " LAST_SENT = NULL, SENT_COUNT = 0 WHERE CUSTOMER_ID = ?", emailAddress, when, customerId);
        if (updated == 0) {
            jdbc.update("INSERT INTO " + TABLE + " (CUSTOMER_ID, EMAIL_ADDRESS, REQUESTED, SENT_COUNT)"
                    + " VALUES (?, ?, ?, 0)", customerId, emailAddress, when);
        }
    }

    @Override
    public boolean isPending(long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE CUSTOMER_ID = ? AND CONFIRMED IS NULL",
                Integer.class, customerId) > 0;
    }

    @Override
    public EmailConfirmationState readState(long customerId) {
        List<EmailConfirmationState> rows = jdbc.query("SELECT CUSTOMER_ID, EMAIL_ADDRESS, REQUESTED, CONFIRMED,"
                + " LAST_SENT, SENT_COUNT FROM " + TABLE + " WHERE CUSTOMER_ID = ?", STATES, customerId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public boolean claimSending(long customerId, Date now, Date sentBefore) {
        return jdbc.update("UPDATE " + TABLE + " SET LAST_SENT = ?, SENT_COUNT = SENT_COUNT + 1"
                + " WHERE CUSTOMER_ID = ? AND CONFIRMED IS NULL AND (LAST_SENT IS NULL OR LAST_SENT < ?)",
                new Timestamp(now.getTime()), customerId, new Timestamp(sentBefore.getTime())) > 0;
    }

    @Override
    public boolean markConfirmed(long customerId, Date when) {
        return jdbc.update("UPDATE " + TABLE + " SET CONFIRMED = ? WHERE CUSTOMER_ID = ? AND CONFIRMED IS NULL",
                new Timestamp(when.getTime()), customerId) > 0;
    }
}
