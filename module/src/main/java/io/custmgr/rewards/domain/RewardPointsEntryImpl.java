package io.custmgr.rewards.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One line of a customer's reward points ledger (CM_REWARD_POINTS): points earned (positive) or taken (negative), never
 * changed once written. Written with JDBC inside the transaction that earns or spends them (a payment transaction's
 * insert, the checkout, the admin's adjustment), with ids from this entity's own generator; mapped so the schema knows
 * it.
 */
@Entity
@Immutable
@Table(name = RewardPointsEntryImpl.TABLE)
@org.hibernate.annotations.Table(appliesTo = RewardPointsEntryImpl.TABLE, indexes = {
        @Index(name = "CM_REWARD_POINTS_CUST_IDX", columnNames = {"CUSTOMER_ID", "CREATED"})})
public class RewardPointsEntryImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_REWARD_POINTS";
    public static final int NOTE_LENGTH = 255;
    public static final int ACTOR_LENGTH = 100;

    @Id
    @GeneratedValue(generator = "RewardPointsEntryId")
    @GenericGenerator(name = "RewardPointsEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "RewardPointsEntryImpl"),
                    @Parameter(name = "increment_size", value = "50"),
                    @Parameter(name = "entity_name", value = "io.custmgr.rewards.domain.RewardPointsEntryImpl")})
    @Column(name = "ENTRY_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    /** Signed: earned or added positive, taken back, spent or removed negative. */
    @Column(name = "POINTS", nullable = false)
    protected Integer points;

    /** A {@code RewardPointsReason} code. */
    @Column(name = "REASON", length = 32, nullable = false)
    protected String reason;

    /** What the merchant typed with an adjustment. */
    @Column(name = "NOTE", length = NOTE_LENGTH)
    protected String note;

    @Column(name = "ORDER_ID")
    @Index(name = "CM_REWARD_POINTS_ORDER_IDX")
    protected Long orderId;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    /** Points count in the active balance from this time on; before it they are pending. */
    @Column(name = "ACTIVATES_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date activatesAt;

    /** Points no longer count from this time on; null: never. */
    @Column(name = "EXPIRES_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date expiresAt;

    @Column(name = "ADMIN_USER_ID")
    protected Long adminUserId;

    /** Who wrote the line: an admin user's login, "checkout", "system". */
    @Column(name = "ACTOR", length = ACTOR_LENGTH, nullable = false)
    protected String actor;
}
