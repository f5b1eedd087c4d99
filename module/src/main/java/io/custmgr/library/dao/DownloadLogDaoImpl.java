package io.custmgr.library.dao;

import io.custmgr.common.jdbc.IdBlockAllocator;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.library.domain.DownloadLogImpl;
import io.custmgr.library.download.DownloadRecord;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Repository("cmDownloadLogDao")
public class DownloadLogDaoImpl implements DownloadLogDao {

    static final String INSERT = "INSERT INTO " + DownloadLogImpl.TABLE + " (LOG_ID, CUSTOMER_ID, FILE_ID, PRODUCT_ID,"
            + " FILE_NAME, DOWNLOAD_TIME, BYTES_SENT, IP_ADDRESS, USER_AGENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    protected IdBlockAllocator ids;

    @PostConstruct
    public void init() {
        ids = new IdBlockAllocator(jdbc, DownloadLogImpl.ID_SEGMENT, DownloadLogImpl.ID_INCREMENT);
    }

    @Override
    public void insert(final List<DownloadRecord> records) {
        final long firstId = ids.allocate(records.size());
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                DownloadRecord record = records.get(i);
                ps.setLong(1, firstId + i);
                ps.setLong(2, record.getCustomerId());
                ps.setLong(3, record.getFileId());
                ps.setLong(4, record.getProductId());
                ps.setString(5, record.getFileName());
                ps.setTimestamp(6, new Timestamp(record.getTime().getTime()));
                ps.setLong(7, record.getBytes());
                ps.setString(8, record.getIpAddress());
                ps.setString(9, cut(record.getUserAgent(), DownloadLogImpl.USER_AGENT_LENGTH));
            }

            @Override
            public int getBatchSize() {
                return records.size();
            }
        });
    }

    @Override
    public List<DownloadRecord> readByCustomer(long customerId, int first, int max) {
        return RowLimits.page(jdbc, "SELECT CUSTOMER_ID, FILE_ID, PRODUCT_ID, FILE_NAME, DOWNLOAD_TIME, BYTES_SENT,"
                + " IP_ADDRESS, USER_AGENT FROM " + DownloadLogImpl.TABLE + " WHERE CUSTOMER_ID = ?"
                + " ORDER BY DOWNLOAD_TIME DESC, LOG_ID DESC", new RowMapper<DownloadRecord>() {
                    @Override
                    public DownloadRecord mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new DownloadRecord(rs.getTimestamp("DOWNLOAD_TIME"), rs.getLong("CUSTOMER_ID"),
                                rs.getLong("FILE_ID"), rs.getLong("PRODUCT_ID"), rs.getString("FILE_NAME"),
                                rs.getLong("BYTES_SENT"), rs.getString("IP_ADDRESS"), rs.getString("USER_AGENT"));
                    }
                }, first, max, customerId);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
