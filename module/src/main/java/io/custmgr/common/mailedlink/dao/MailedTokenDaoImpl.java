package io.custmgr.common.mailedlink.dao;

import io.custmgr.common.mailedlink.domain.MailedTokenImpl;
import io.custmgr.common.mailedlink.service.MailedLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmMailedTokenDao")
public class MailedTokenDaoImpl implements MailedTokenDao {

    private static final RowMapper<MailedLink> LINK = new RowMapper<MailedLink>() {
        @Override
        public MailedLink mapRow(ResultSet rs, int rowNum) throws SQLException {
            long subject = rs.getLong(3);
            return new MailedLink(rs.getString(1), rs.getLong(2), rs.wasNull() ? null : subject, rs.getString(4),
                    rs.getTimestamp(5), rs.getTimestamp(6), rs.getTimestamp(7), rs.getInt(8));
        }
    };

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public void insert(String tokenHash, MailedLink link) {
        jdbc.update("INSERT INTO " + MailedTokenImpl.TABLE + " (TOKEN_HASH, PURPOSE, CUSTOMER_ID, SUBJECT_ID, PAYLOAD, "
                + "CREATED, EXPIRES, ATTEMPTS) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", tokenHash, link.getPurpose(),
                link.getCustomerId(), link.getSubjectId(), link.getPayload(), timestamp(link.getCreated()),
                timestamp(link.getExpires()));
    }

    @Override
    public MailedLink read(String tokenHash) {
        List<MailedLink> links = jdbc.query("SELECT PURPOSE, CUSTOMER_ID, SUBJECT_ID, PAYLOAD, CREATED, EXPIRES, USED, "
                + "ATTEMPTS FROM " + MailedTokenImpl.TABLE + " WHERE TOKEN_HASH = ?", LINK, tokenHash);
        return links.isEmpty() ? null : links.get(0);
    }

    @Override
    public void countAttempt(String tokenHash) {
        jdbc.update("UPDATE " + MailedTokenImpl.TABLE + " SET ATTEMPTS = ATTEMPTS + 1 WHERE TOKEN_HASH = ?", tokenHash);
    }

    @Override
    public boolean markUsed(String tokenHash, Date now) {
        return jdbc.update("UPDATE " + MailedTokenImpl.TABLE + " SET USED = ? WHERE TOKEN_HASH = ? AND USED IS NULL "
                + "AND EXPIRES > ?", timestamp(now), tokenHash, timestamp(now)) == 1;
    }

    private static Timestamp timestamp(Date date) {
        return new Timestamp(date.getTime());
    }
}
