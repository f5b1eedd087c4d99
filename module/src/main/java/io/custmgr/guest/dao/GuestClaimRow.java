package io.custmgr.guest.dao;

import java.util.Date;

/** One row of {@code CM_GUEST_CLAIM}. */
public class GuestClaimRow {

    private final long guestId;
    private final long accountId;
    private final Date expires;
    private final Date claimed;

    public GuestClaimRow(long guestId, long accountId, Date expires, Date claimed) {
        this.guestId = guestId;
        this.accountId = accountId;
        this.expires = expires;
        this.claimed = claimed;
    }

    public long getGuestId() { return guestId; }
    public long getAccountId() { return accountId; }
    public Date getExpires() { return expires; }
    public Date getClaimed() { return claimed; }
}
