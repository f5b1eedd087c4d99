package io.custmgr.audit.hibernate;

import org.hibernate.collection.spi.PersistentCollection;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What was added to and removed from a collection since it was loaded, as readable labels (names where there are). */
final class CollectionChange {

    private final List<String> added;
    private final List<String> removed;

    private CollectionChange(List<String> added, List<String> removed) {
        this.added = added;
        this.removed = removed;
    }

    static CollectionChange of(PersistentCollection collection) {
        Collection<?> before = elements(collection.getStoredSnapshot());
        Collection<?> after = elements(collection.getValue());
        return new CollectionChange(labels(after, before), labels(before, after));
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** @return the added elements' labels, sorted and comma separated, or null for none */
    String added() {
        return join(added);
    }

    String removed() {
        return join(removed);
    }

    private static Collection<?> elements(Object value) {
        if (value instanceof Map) {
            return ((Map<?, ?>) value).values();
        }
        return value instanceof Collection ? (Collection<?>) value : Collections.emptyList();
    }

    private static List<String> labels(Collection<?> from, Collection<?> without) {
        List<String> labels = new ArrayList<String>();
        for (Object element : from) {
            if (element != null && !without.contains(element)) {
                labels.add(label(element));
            }
        }
        return labels;
    }

    private static String label(Object element) {
        try {
            Method name = element.getClass().getMethod("getName");
            Object value = name.invoke(element);
            if (value != null) {
                return String.valueOf(value);
            }
        } catch (Exception e) {
            // no name: fall back to the element's own text
        }
        return String.valueOf(element);
    }

    private static String join(List<String> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String label : new TreeSet<String>(labels)) {
            text.append(text.length() == 0 ? "" : ", ").append(label);
        }
        return text.toString();
    }
}
