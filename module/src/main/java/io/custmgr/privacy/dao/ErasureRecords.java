package io.custmgr.privacy.dao;

import io.custmgr.audit.domain.CustomerAuditRecordImpl;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.jdbc.IdBlockAllocator;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Writes the CUSTOMER_ERASED audit records of a batch (bean {@code cmErasureRecords}): one id block and one JDBC
 * batch, whatever the batch's size, since the batch job erases customers by the hundred thousand. A record names the
 * actor, time and context, never the customer's name or e-mail; a shopper's own request is recorded without their IP.
 */
@Repository("cmErasureRecords")
public class ErasureRecords {

    static final String INSERT = "INSERT INTO " + CustomerAuditRecordImpl.TABLE + " (AUDIT_ID, CUSTOMER_ID, EVENT_TIME,"
            + " ACTOR_KIND, ADMIN_USER_ID, ACTOR_NAME, IP_ADDRESS, ACTION, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    protected JdbcTemplate jdbc;
    protected IdBlockAllocator ids;

    @Resource(name = "cmJdbcTemplate")
    public void setJdbcTemplate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.ids = new IdBlockAllocator(jdbc, CustomerAuditRecordImpl.ID_SEGMENT, CustomerAuditRecordImpl.ID_INCREMENT);
    }

    /** Joins the caller's transaction; call it before the steps that delete the earlier trail (they spare it). */
    public void write(final List<Long> customerIds, final AuditActor actor, final String detail, Date now) {
        if (customerIds.isEmpty()) {
            return;
        }
        final long first = ids.allocate(customerIds.size());
        final Timestamp time = new Timestamp(now.getTime());
        final String ip = AuditActor.CUSTOMER.equals(actor.getKind()) ? null : actor.getIpAddress();
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ps.setLong(1, first + i);
                ps.setLong(2, customerIds.get(i));
                ps.setTimestamp(3, time);
                ps.setString(4, actor.getKind());
                if (actor.getAdminUserId() == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, actor.getAdminUserId());
                }
                ps.setString(6, actor.getName());
                ps.setString(7, ip);
                ps.setString(8, CustomerAuditAction.CUSTOMER_ERASED.getType());
                ps.setString(9, detail);
            }

            @Override
            public int getBatchSize() {
                return customerIds.size();
            }
        });
    }
}
