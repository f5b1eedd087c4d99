package io.custmgr.admin.stock;

/** A subscription's state as the admin shows it. */
public final class StateWords {

    private StateWords() {
    }

    public static String of(String state) {
        if ("OPEN".equals(state)) {
            return "Waiting";
        }
        if ("NOTIFIED".equals(state)) {
            return "Mailed";
        }
        return "CANCELLED".equals(state) ? "Unsubscribed" : state;
    }
}
