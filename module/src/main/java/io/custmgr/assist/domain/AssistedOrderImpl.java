package io.custmgr.assist.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_ASSISTED_ORDER}: an order an admin user placed while signed in as its customer, keyed by the order.
 * A module table rather than a column on {@code BLC_ORDER}: most orders have no such row, and the order screen and the
 * assistance log read it by order id or session. Written and read with JDBC by {@code AssistanceDao}.
 */
@Entity
@Table(name = AssistedOrderImpl.TABLE)
public class AssistedOrderImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ASSISTED_ORDER";

    @Id
    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "ASSIST_SESSION_ID", nullable = false)
    @Index(name = "CM_ASSISTED_ORDER_SESSION_IDX")
    protected Long assistSessionId;

    @Column(name = "ADMIN_USER_ID", nullable = false)
    protected Long adminUserId;

    @Column(name = "ADMIN_NAME", length = AssistanceSessionImpl.NAME_LENGTH, nullable = false)
    protected String adminName;

    @Column(name = "ORDER_NUMBER", length = 255)
    protected String orderNumber;

    @Column(name = "PLACED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date placed;
}
