package io.custmgr.activity.hibernate;

import org.hibernate.event.spi.PostUpdateEvent;

import java.util.Arrays;

/** Before and after values of one entity update, by property name. */
class StateChange {

    private final String[] names;
    private final Object[] before;
    private final Object[] after;

    StateChange(PostUpdateEvent event) {
        this.names = event.getPersister().getPropertyNames();
        this.before = event.getOldState();
        this.after = event.getState();
    }

    Object before(String property) {
        int index = indexOf(property);
        return index < 0 ? null : before[index];
    }

    Object after(String property) {
        int index = indexOf(property);
        return index < 0 ? null : after[index];
    }

    /** True when the property had a value and now holds a different one (first assignments are not changes). */
    boolean changedFromNonNull(String property) {
        Object old = before(property);
        return old != null && !old.equals(after(property));
    }

    private int indexOf(String property) {
        return Arrays.asList(names).indexOf(property);
    }
}
