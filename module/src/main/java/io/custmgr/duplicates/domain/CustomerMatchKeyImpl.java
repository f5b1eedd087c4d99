package io.custmgr.duplicates.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;

import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * Table {@code CM_CUSTOMER_MATCH_KEY}: one normalized key per customer and kind of match (e-mail, phone, name and
 * address); two customers sharing a row's kind and key are possible duplicates. Derived data, rebuilt set-based by
 * {@code CustomerMatchKeyDao}; mapped only so the schema has it. Primary key (customer, kind, key); the index on
 * (kind, key, customer) serves the self-join that finds the pairs.
 */
@Entity
@Table(name = CustomerMatchKeyImpl.TABLE)
@org.hibernate.annotations.Table(appliesTo = CustomerMatchKeyImpl.TABLE, indexes = @Index(
        name = CustomerMatchKeyImpl.KEY_INDEX, columnNames = {"KIND", "MATCH_KEY", "CUSTOMER_ID"}))
public class CustomerMatchKeyImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CUSTOMER_MATCH_KEY";
    public static final String KEY_INDEX = "CM_CUSTOMER_MATCH_KEY_IX";

    @EmbeddedId
    protected CustomerMatchKeyId id;

    protected CustomerMatchKeyImpl() {
        // for Hibernate
    }

    public CustomerMatchKeyImpl(CustomerMatchKeyId id) {
        this.id = id;
    }

    public CustomerMatchKeyId getId() {
        return id;
    }
}
