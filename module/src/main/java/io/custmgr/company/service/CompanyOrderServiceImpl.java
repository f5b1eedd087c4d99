package io.custmgr.company.service;

import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.CompanyOrderImpl;
import io.custmgr.company.type.CompanyPermission;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

public class CompanyOrderServiceImpl implements CompanyOrderService {

    static final String ROWS = "SELECT co.ORDER_ID, o.ORDER_NUMBER, co.PLACED_DATE, o.ORDER_TOTAL, o.CURRENCY_CODE,"
            + " o.ORDER_STATUS, co.CUSTOMER_ID, k.FIRST_NAME, k.LAST_NAME, k.EMAIL_ADDRESS, u.NAME AS UNIT_NAME"
            + " FROM " + CompanyOrderImpl.TABLE + " co JOIN BLC_ORDER o ON o.ORDER_ID = co.ORDER_ID"
            + " JOIN BLC_CUSTOMER k ON k.CUSTOMER_ID = co.CUSTOMER_ID"
            + " LEFT JOIN " + BusinessUnitImpl.TABLE + " u ON u.UNIT_ID = co.UNIT_ID WHERE ";

    static final RowMapper<CompanyOrderView> ROW = (rs, rowNum) -> {
        String name = ((rs.getString("FIRST_NAME") == null ? "" : rs.getString("FIRST_NAME")) + " "
                + (rs.getString("LAST_NAME") == null ? "" : rs.getString("LAST_NAME"))).trim();
        return new CompanyOrderView(rs.getLong("ORDER_ID"), rs.getString("ORDER_NUMBER"),
                rs.getTimestamp("PLACED_DATE"), rs.getBigDecimal("ORDER_TOTAL"), rs.getString("CURRENCY_CODE"),
                rs.getString("ORDER_STATUS"), rs.getLong("CUSTOMER_ID"),
                name.isEmpty() ? rs.getString("EMAIL_ADDRESS") : name, rs.getString("UNIT_NAME"));
    };

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    @Transactional("blTransactionManager")
    public boolean recordOrder(long orderId, long customerId) {
        Membership membership = members.findMembership(customerId);
        if (membership == null || !membership.may(CompanyPermission.PLACE_ORDERS)) {
            return false;
        }
        Long unit = membership.getUnitIds().isEmpty() ? null : Collections.min(membership.getUnitIds());
        jdbc.update("INSERT INTO " + CompanyOrderImpl.TABLE + " (ORDER_ID, COMPANY_ID, UNIT_ID, CUSTOMER_ID,"
                + " PLACED_DATE) SELECT ORDER_ID, ?, ?, ?, COALESCE(SUBMIT_DATE, ?) FROM BLC_ORDER WHERE ORDER_ID = ? AND NOT EXISTS"
                + " (SELECT 1 FROM " + CompanyOrderImpl.TABLE + " x WHERE x.ORDER_ID = ?)",
                membership.getCompany().getId(), unit, customerId, new Timestamp(System.currentTimeMillis()),
                orderId, orderId);
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanyOrderView> findOrders(Membership membership, int first, int max) {
        List<Object> args = new ArrayList<Object>();
        String visible = visible(membership, args);
        return RowLimits.limitOffset(jdbc, ROWS + visible + " ORDER BY co.PLACED_DATE DESC, co.ORDER_ID DESC", ROW, first,
                max, args.toArray());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countOrders(Membership membership) {
        List<Object> args = new ArrayList<Object>();
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + CompanyOrderImpl.TABLE + " co WHERE "
                + visible(membership, args), Long.class, args.toArray());
    }

    /** The orders of co the member may see, its parameters added to {@code args}. */
    private static String visible(Membership membership, List<Object> args) {
        args.add(membership.getCompany().getId());
        if (membership.may(CompanyPermission.MANAGE_MEMBERS) || membership.may(CompanyPermission.VIEW_ALL_ORDERS)) {
            return "co.COMPANY_ID = ?";
        }
        args.add(membership.getCustomerId());
        if (membership.may(CompanyPermission.VIEW_UNIT_ORDERS) && !membership.getUnitIds().isEmpty()) {
            StringBuilder units = new StringBuilder();
            for (Long unit : membership.getUnitIds()) {
                units.append(units.length() == 0 ? "?" : ", ?");
                args.add(unit);
            }
            return "co.COMPANY_ID = ? AND (co.CUSTOMER_ID = ? OR co.UNIT_ID IN (" + units + "))";
        }
        return "co.COMPANY_ID = ? AND co.CUSTOMER_ID = ?";
    }
}
