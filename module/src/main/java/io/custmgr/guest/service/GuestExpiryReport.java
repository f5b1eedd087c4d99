package io.custmgr.guest.service;

/** What one run of the guest expiry job did. */
public class GuestExpiryReport {

    private final long examined;
    private final long expired;
    private final long keptForOpenOrders;
    private final long durationMs;

    public GuestExpiryReport(long examined, long expired, long keptForOpenOrders, long durationMs) {
        this.examined = examined;
        this.expired = expired;
        this.keptForOpenOrders = keptForOpenOrders;
        this.durationMs = durationMs;
    }

    /** Live (not yet anonymized) guest profiles looked at. */
    public long getExamined() {
        return examined;
    }

    /** Guest profiles anonymized by this run. */
    public long getExpired() {
        return expired;
    }

    /** Guest profiles kept because they have an order still open (cart with items, order not yet fulfilled). */
    public long getKeptForOpenOrders() {
        return keptForOpenOrders;
    }

    public long getDurationMs() {
        return durationMs;
    }

    @Override
    public String toString() {
        return "examined " + examined + ", expired " + expired + ", kept for open orders " + keptForOpenOrders
                + ", " + durationMs + " ms";
    }
}
