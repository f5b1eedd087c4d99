package io.custmgr.merge.step;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

/** A column of {@code BLC_CUSTOMER} the profile step compares and may take from the absorbed customer. */
final class ProfileField {

    enum Kind { TEXT, DATE, FLAG }

    final String key;
    final String label;
    final String column;
    final Kind kind;

    ProfileField(String key, String label, String column, Kind kind) {
        this.key = key;
        this.label = label;
        this.column = column;
        this.kind = kind;
    }

    /** @return the value as compared: text trimmed (blank is no value), a flag never null */
    Object normalize(Object raw) {
        if (kind == Kind.FLAG) {
            return Boolean.valueOf(Boolean.TRUE.equals(raw));
        }
        if (raw instanceof String) {
            String text = ((String) raw).trim();
            return text.isEmpty() ? null : text;
        }
        return raw;
    }

    /** A flag has always a value, so the absorbed one never merely fills a gap: it is a choice. */
    boolean fillsGap(Object survivorValue, Object absorbedValue) {
        return kind != Kind.FLAG && survivorValue == null && absorbedValue != null;
    }

    boolean conflicts(Object survivorValue, Object absorbedValue) {
        return survivorValue != null && absorbedValue != null && !same(survivorValue, absorbedValue);
    }

    String display(Object value) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.FLAG) {
            return Boolean.TRUE.equals(value) ? "Yes" : "No";
        }
        if (value instanceof Date) {
            return new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format((Date) value);
        }
        return value.toString();
    }

    private boolean same(Object a, Object b) {
        if (a instanceof Date && b instanceof Date) {
            return ((Date) a).getTime() == ((Date) b).getTime();
        }
        return a.equals(b);
    }
}
