package io.custmgr.audit.hibernate;

import org.hibernate.EntityMode;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Field-level differences between an entity's state before and after an update: simple columns and the columns of
 * embedded components (the module's profile fields), by property path. Associations and collections are left to their
 * own events; bookkeeping properties are skipped.
 */
final class FieldDiffs {

    /**
     * Broadleaf's timestamps and sandbox flags change on every save and say nothing about the customer; an address's
     * formatted text only repeats the changed fields.
     */
    private static final Set<String> SKIPPED = new HashSet<String>(Arrays.asList("auditable", "previewable",
            "addressDefaults.formatted"));

    /** One changed field, values as text. */
    static final class FieldDiff {
        final String path;
        final Object before;
        final Object after;

        FieldDiff(String path, Object before, Object after) {
            this.path = path;
            this.before = before;
            this.after = after;
        }

        String beforeText() {
            return text(before);
        }

        String afterText() {
            return text(after);
        }
    }

    private FieldDiffs() {
    }

    static List<FieldDiff> diff(String[] names, Type[] types, Object[] before, Object[] after) {
        List<FieldDiff> diffs = new ArrayList<FieldDiff>();
        for (int i = 0; i < names.length; i++) {
            collect(names[i], types[i], before[i], after[i], diffs);
        }
        return diffs;
    }

    private static void collect(String path, Type type, Object before, Object after, List<FieldDiff> diffs) {
        if (SKIPPED.contains(path) || type.isCollectionType() || type.isAssociationType()) {
            return;
        }
        if (type.isComponentType()) {
            ComponentType component = (ComponentType) type;
            Object[] oldValues = values(component, before);
            Object[] newValues = values(component, after);
            String[] names = component.getPropertyNames();
            Type[] types = component.getSubtypes();
            for (int i = 0; i < names.length; i++) {
                collect(path + "." + names[i], types[i], oldValues[i], newValues[i], diffs);
            }
        } else if (!same(before, after)) {
            diffs.add(new FieldDiff(path, before, after));
        }
    }

    private static Object[] values(ComponentType component, Object value) {
        return value == null ? new Object[component.getPropertyNames().length]
                : component.getPropertyValues(value, EntityMode.POJO);
    }

    /** Blank and null are the same to a merchant; dates compare by instant whatever their class. */
    private static boolean same(Object before, Object after) {
        Object a = blankIsNull(before);
        Object b = blankIsNull(after);
        if (a instanceof Date && b instanceof Date) {
            return ((Date) a).getTime() == ((Date) b).getTime();
        }
        return a == null ? b == null : a.equals(b);
    }

    private static Object blankIsNull(Object value) {
        return value instanceof String && ((String) value).trim().isEmpty() ? null : value;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date) {
            return new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format((Date) value);
        }
        return String.valueOf(value);
    }
}
