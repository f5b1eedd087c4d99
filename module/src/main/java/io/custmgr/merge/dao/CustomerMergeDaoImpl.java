package io.custmgr.merge.dao;

import io.custmgr.common.jdbc.PostgresJit;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.customer.account.dao.LoginKeyDao;
import io.custmgr.merge.domain.CustomerMergeRecordImpl;
import io.custmgr.merge.service.MergeParty;
import io.custmgr.privacy.domain.ErasureMark;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

@Repository("cmCustomerMergeDao")
public class CustomerMergeDaoImpl implements CustomerMergeDao {

    private static final String PARTY_COLUMNS = "SELECT CUSTOMER_ID, FIRST_NAME, LAST_NAME, EMAIL_ADDRESS, CM_IS_GUEST, "
            + "IS_REGISTERED, CM_CONTACT_EMAIL, DATE_CREATED, DEACTIVATED, CM_MERGED_INTO FROM BLC_CUSTOMER ";

    private static final RowMapper<MergeParty> PARTY = new RowMapper<MergeParty>() {
        @Override
        public MergeParty mapRow(ResultSet rs, int rowNum) throws SQLException {
            long mergedInto = rs.getLong(10);
            Long into = rs.wasNull() ? null : mergedInto;
            return new MergeParty(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8), rs.getBoolean(9), into);
        }
    };

    @Resource(name = "cmLoginKeyDao")
    protected LoginKeyDao loginKeyDao;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;
    protected final PostgresJit jit = new PostgresJit();

    @Override
    public void prepareTransaction() {
        jit.offForTransaction(jdbc);
    }

    @Override
    public Map<Long, MergeParty> readParties(long firstId, long secondId, boolean forUpdate) {
        // An erased customer is no party to a merge: the merge refuses it as not found. Ascending id order, so two
        // merges locking overlapping pairs take their row locks in the same order.
        List<MergeParty> parties = jdbc.query(PARTY_COLUMNS + "WHERE CUSTOMER_ID IN (?, ?) AND "
                + ErasureMark.COLUMN + " IS NULL ORDER BY CUSTOMER_ID"
                + (forUpdate ? " FOR UPDATE" : ""), PARTY, firstId, secondId);
        Map<Long, MergeParty> byId = new HashMap<Long, MergeParty>();
        for (MergeParty party : parties) {
            byId.put(party.getId(), party);
        }
        return byId;
    }

    @Override
    public void markAbsorbed(long absorbedId, long survivorId, Date when, String freedUserName) {
        List<String> login = new ArrayList<String>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT USER_NAME, EMAIL_ADDRESS FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", absorbedId)) {
            login.add((String) row.get("USER_NAME"));
            login.add((String) row.get("EMAIL_ADDRESS"));
        }
        jdbc.update("UPDATE BLC_CUSTOMER SET DEACTIVATED = ?, CM_MERGED_INTO = ?, CM_MERGED_DATE = ?, "
                + "EMAIL_ADDRESS = NULL, CM_CONTACT_EMAIL = NULL, USER_NAME = ?, DATE_UPDATED = ? WHERE CUSTOMER_ID = ?",
                Boolean.TRUE, survivorId, new Timestamp(when.getTime()), freedUserName, new Timestamp(when.getTime()),
                absorbedId);
        // the absorbed account's address is free again (a shared one may now be the survivor's alone)
        loginKeyDao.resync(absorbedId, login);
    }

    @Override
    public void insertRecord(long absorbedId, long survivorId, String absorbedEmail, Date when, String mergedBy,
            String summary) {
        String text = summary.length() > CustomerMergeRecordImpl.SUMMARY_LENGTH
                ? summary.substring(0, CustomerMergeRecordImpl.SUMMARY_LENGTH) : summary;
        jdbc.update("INSERT INTO " + CustomerMergeRecordImpl.TABLE + " (ABSORBED_ID, SURVIVOR_ID, ABSORBED_EMAIL, "
                + "MERGED_AT, MERGED_BY, SUMMARY) VALUES (?, ?, ?, ?, ?, ?)", absorbedId, survivorId, absorbedEmail,
                new Timestamp(when.getTime()), mergedBy, text);
    }

    @Override
    public Long readMergedInto(long customerId) {
        List<Long> ids = jdbc.queryForList("SELECT CM_MERGED_INTO FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                Long.class, customerId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Override
    public List<MergeParty> findCandidates(long customerId, String text, Long idEquals, int max) {
        List<Object> args = new ArrayList<Object>();
        StringBuilder where = new StringBuilder("WHERE CM_MERGED_INTO IS NULL AND " + ErasureMark.COLUMN
                + " IS NULL AND CUSTOMER_ID <> ? AND (");
        args.add(customerId);
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        for (String column : new String[] {"EMAIL_ADDRESS", "CM_CONTACT_EMAIL", "FIRST_NAME", "LAST_NAME"}) {
            where.append(args.size() == 1 ? "" : " OR ").append("LOWER(").append(column).append(") LIKE ? ESCAPE '\\'");
            args.add(like);
        }
        if (idEquals != null) {
            where.append(" OR CUSTOMER_ID = ?");
            args.add(idEquals);
        }
        where.append(")");
        return RowLimits.limitedTo(jdbc, max).query(PARTY_COLUMNS + where + " ORDER BY CUSTOMER_ID", PARTY, args.toArray());
    }
}
