package io.custmgr.common.validation;

/**
 * The longest text each mapped column holds, read from the persistence mapping (bean {@code cmColumnLimits}), so
 * forms check lengths against the columns their values end in instead of numbers of their own. Thread-safe.
 */
public interface ColumnLimits {

    /**
     * @param entity an entity interface such as Broadleaf's {@code Customer} (its configured implementation, the
     *        host's own subclass included, is read) or a mapped class
     * @param property the attribute, dotted through embedded values ({@code "customerProfile.phone"})
     * @return the column's {@code @Column(length)} (JPA's default 255 when unset), {@link Integer#MAX_VALUE} for a
     *         {@code @Lob}
     * @throws IllegalArgumentException when the entity or property is not mapped: a programming error, found on
     *         first use
     */
    int maxLength(Class<?> entity, String property);

    /** @return the narrowest of the columns {@code property} of each entity: a value stored in several places */
    int narrowest(Class<?> firstEntity, String firstProperty, Class<?> secondEntity, String secondProperty);
}
