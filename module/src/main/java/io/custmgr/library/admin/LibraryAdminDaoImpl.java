package io.custmgr.library.admin;

import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.library.domain.DownloadLogImpl;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.annotation.Resource;

@Repository("cmLibraryAdminDao")
public class LibraryAdminDaoImpl implements LibraryAdminDao {

    static final String PRODUCTS = "SELECT p.PRODUCT_ID, s.NAME FROM BLC_PRODUCT p"
            + " LEFT JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID";
    static final String DOWNLOADS = "SELECT l.DOWNLOAD_TIME, l.CUSTOMER_ID, c.EMAIL_ADDRESS, l.FILE_ID, l.FILE_NAME,"
            + " l.PRODUCT_ID, s.NAME, l.BYTES_SENT, l.IP_ADDRESS, l.USER_AGENT FROM " + DownloadLogImpl.TABLE + " l"
            + " LEFT JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = l.CUSTOMER_ID"
            + " LEFT JOIN BLC_PRODUCT p ON p.PRODUCT_ID = l.PRODUCT_ID"
            + " LEFT JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID";

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public List<DigitalProductOption> readDigitalProducts() {
        return jdbc.query(PRODUCTS + " WHERE p.CM_DIGITAL = ? ORDER BY s.NAME, p.PRODUCT_ID",
                new RowMapper<DigitalProductOption>() {
                    @Override
                    public DigitalProductOption mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new DigitalProductOption(rs.getLong(1), rs.getString(2));
                    }
                }, Boolean.TRUE);
    }

    @Override
    public boolean isDigital(long productId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_PRODUCT WHERE PRODUCT_ID = ? AND CM_DIGITAL = ?",
                Integer.class, productId, Boolean.TRUE) > 0;
    }

    @Override
    public String[] readEntry(long customerId, long productId) {
        List<String[]> rows = jdbc.query("SELECT STATUS, NOTE FROM CM_LIBRARY_ENTRY WHERE CUSTOMER_ID = ?"
                + " AND PRODUCT_ID = ?", new RowMapper<String[]>() {
                    @Override
                    public String[] mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new String[] {rs.getString(1), rs.getString(2)};
                    }
                }, customerId, productId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<DownloadView> readDownloads(Long customerId, int first, int max) {
        String sql = DOWNLOADS + (customerId == null ? "" : " WHERE l.CUSTOMER_ID = ?")
                + " ORDER BY l.DOWNLOAD_TIME DESC, l.LOG_ID DESC";
        RowMapper<DownloadView> mapper = new RowMapper<DownloadView>() {
            @Override
            public DownloadView mapRow(ResultSet rs, int rowNum) throws SQLException {
                return new DownloadView(rs.getTimestamp(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                        rs.getString(10));
            }
        };
        return customerId == null ? RowLimits.page(jdbc, sql, mapper, first, max)
                : RowLimits.page(jdbc, sql, mapper, first, max, customerId);
    }

    @Override
    public long countDownloads(Long customerId) {
        return customerId == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM " + DownloadLogImpl.TABLE, Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM " + DownloadLogImpl.TABLE + " WHERE CUSTOMER_ID = ?",
                        Long.class, customerId);
    }
}
