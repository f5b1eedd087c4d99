package io.custmgr.library.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** Key of {@link LibraryEntryImpl}: an item is in a customer's library at most once. */
@Embeddable
public class LibraryEntryKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "PRODUCT_ID", nullable = false)
    protected Long productId;

    public LibraryEntryKey() {
    }

    public LibraryEntryKey(Long customerId, Long productId) {
        this.customerId = customerId;
        this.productId = productId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getProductId() {
        return productId;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LibraryEntryKey)) {
            return false;
        }
        LibraryEntryKey key = (LibraryEntryKey) other;
        return eq(customerId, key.customerId) && eq(productId, key.productId);
    }

    @Override
    public int hashCode() {
        return (customerId == null ? 0 : customerId.hashCode()) * 31 + (productId == null ? 0 : productId.hashCode());
    }

    private static boolean eq(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }
}
