package io.custmgr.message.dao;

import io.custmgr.common.mail.BodyFormat;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.message.domain.CustomerMessageImpl;
import io.custmgr.message.service.MessageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmCustomerMessageDao")
public class CustomerMessageDaoImpl implements CustomerMessageDao {

    static final String TABLE = CustomerMessageImpl.TABLE;
    static final String COLUMNS = "MESSAGE_ID, CUSTOMER_ID, SUBJECT, BODY, BODY_FORMAT, SENT, SENDER, READ_TIME";
    private static final RowMapper<MessageView> VIEWS = new RowMapper<MessageView>() {
        @Override
        public MessageView mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new MessageView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    BodyFormat.parse(rs.getString(5)), rs.getTimestamp(6), rs.getString(7), rs.getTimestamp(8));
        }
    };

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public void insert(MessageView message, String requestKey) {
        jdbc.update("INSERT INTO " + TABLE + " (" + COLUMNS + ", REQUEST_KEY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                message.getId(), message.getCustomerId(), message.getSubject(), message.getBody(),
                message.getFormat().name(), new Timestamp(message.getSent().getTime()), message.getSender(), null,
                requestKey);
    }

    @Override
    public String readIdByRequestKey(String requestKey) {
        List<String> ids = jdbc.queryForList("SELECT MESSAGE_ID FROM " + TABLE + " WHERE REQUEST_KEY = ?",
                String.class, requestKey);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Override
    public MessageView readMessage(String id) {
        List<MessageView> found = jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE MESSAGE_ID = ?", VIEWS,
                id);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<MessageView> readMessages(Long customerId, int first, int max) {
        return RowLimits.page(jdbc, "SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE CUSTOMER_ID = ? ORDER BY SENT DESC, MESSAGE_ID DESC", VIEWS, Math.max(0, first),
                Math.max(1, max), customerId);
    }

    @Override
    public int countMessages(Long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE CUSTOMER_ID = ?", Integer.class,
                customerId);
    }

    @Override
    public int countUnread(Long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE CUSTOMER_ID = ? AND READ_TIME IS NULL",
                Integer.class, customerId);
    }

    @Override
    public boolean markRead(String id, Date when) {
        return jdbc.update("UPDATE " + TABLE + " SET READ_TIME = ? WHERE MESSAGE_ID = ? AND READ_TIME IS NULL",
                new Timestamp(when.getTime()), id) > 0;
    }
}
