package io.custmgr.customer.payment.dao;

import io.custmgr.customer.payment.service.PaymentMask;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Repository("cmSavedPaymentDao")
public class SavedPaymentDaoImpl implements SavedPaymentDao {

    static final String PAYMENTS = "SELECT CUSTOMER_PAYMENT_ID, IS_DEFAULT, ADDRESS_ID FROM BLC_CUSTOMER_PAYMENT"
            + " WHERE CUSTOMER_ID = :customerId"
            + " ORDER BY CASE WHEN IS_DEFAULT = TRUE THEN 0 ELSE 1 END, CUSTOMER_PAYMENT_ID";

    static final String FIELDS = "SELECT CUSTOMER_PAYMENT_ID, FIELD_NAME, FIELD_VALUE FROM BLC_CUSTOMER_PAYMENT_FIELDS"
            + " WHERE CUSTOMER_PAYMENT_ID IN (SELECT CUSTOMER_PAYMENT_ID FROM BLC_CUSTOMER_PAYMENT"
            + " WHERE CUSTOMER_ID = :customerId) AND FIELD_NAME IN (:names)";

    @Resource(name = "cmNamedJdbcTemplate")
    protected NamedParameterJdbcTemplate named;

    @Override
    public List<SavedPaymentRow> readSavedPayments(Long customerId) {
        MapSqlParameterSource params = new MapSqlParameterSource("customerId", customerId)
                .addValue("names", Arrays.asList(PaymentMask.READ_FIELDS));
        final Map<Long, SavedPaymentRow> rows = new LinkedHashMap<Long, SavedPaymentRow>();
        named.query(PAYMENTS, params, new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long id = rs.getLong(1);
                boolean isDefault = rs.getBoolean(2);
                long addressId = rs.getLong(3);
                rows.put(id, new SavedPaymentRow(id, isDefault, rs.wasNull() ? null : addressId));
            }
        });
        if (rows.isEmpty()) {
            return new ArrayList<SavedPaymentRow>();
        }
        named.query(FIELDS, params, new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                SavedPaymentRow row = rows.get(rs.getLong(1));
                if (row != null) {
                    row.putField(rs.getString(2), rs.getString(3));
                }
            }
        });
        return new ArrayList<SavedPaymentRow>(rows.values());
    }

    @Override
    public Long readOwner(Long paymentId) {
        List<Long> owners = named.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER_PAYMENT"
                + " WHERE CUSTOMER_PAYMENT_ID = :id", new MapSqlParameterSource("id", paymentId), Long.class);
        return owners.isEmpty() ? null : owners.get(0);
    }
}
