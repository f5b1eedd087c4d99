package io.custmgr.guest.service;

/** What a claim moved from the guest profile to the account. */
public class GuestClaimResult {

    private final long guestId;
    private final int orders;
    private final int addresses;
    private final int pageViews;
    private final int activityEvents;

    public GuestClaimResult(long guestId, int orders, int addresses, int pageViews, int activityEvents) {
        this.guestId = guestId;
        this.orders = orders;
        this.addresses = addresses;
        this.pageViews = pageViews;
        this.activityEvents = activityEvents;
    }

    public long getGuestId() { return guestId; }
    public int getOrders() { return orders; }
    public int getAddresses() { return addresses; }
    public int getPageViews() { return pageViews; }
    public int getActivityEvents() { return activityEvents; }

    @Override
    public String toString() {
        return orders + " orders, " + addresses + " addresses, " + pageViews + " page views, " + activityEvents
                + " activity events from guest profile #" + guestId;
    }
}
