package io.custmgr.rewards.service;

import io.custmgr.rewards.domain.RewardPointsReason;

import java.io.Serializable;
import java.util.Date;

/** One ledger line as screens show it; {@link #getOrderNumber()} is the order's number when the order still exists. */
public final class RewardPointsLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final int points;
    private final String reason;
    private final String note;
    private final Long orderId;
    private final String orderNumber;
    private final Date created;
    private final Date activatesAt;
    private final Date expiresAt;
    private final String actor;

    public RewardPointsLine(long id, int points, String reason, String note, Long orderId, String orderNumber,
            Date created, Date activatesAt, Date expiresAt, String actor) {
        this.id = id;
        this.points = points;
        this.reason = reason;
        this.note = note;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.created = created;
        this.activatesAt = activatesAt;
        this.expiresAt = expiresAt;
        this.actor = actor;
    }

    public long getId() { return id; }
    public int getPoints() { return points; }
    public String getReason() { return reason; }
    public String getNote() { return note; }
    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public Date getCreated() { return created; }
    public Date getActivatesAt() { return activatesAt; }
    public Date getExpiresAt() { return expiresAt; }
    public String getActor() { return actor; }

    /** @see RewardPointsReason#describe */
    public String getDescription() {
        return RewardPointsReason.describe(reason, note);
    }

    /** @return true while the points are not active yet at {@code now} */
    public boolean isPendingAt(Date now) {
        return activatesAt.after(now);
    }
}
