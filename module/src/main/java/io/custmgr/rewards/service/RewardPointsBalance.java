package io.custmgr.rewards.service;

import java.io.Serializable;

/** A customer's points: active (spendable now) and pending (earned, activating later). */
public final class RewardPointsBalance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long active;
    private final long pending;

    public RewardPointsBalance(long active, long pending) {
        this.active = active;
        this.pending = pending;
    }

    public long getActive() { return active; }
    public long getPending() { return pending; }
}
