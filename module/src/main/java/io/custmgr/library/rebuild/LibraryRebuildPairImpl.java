package io.custmgr.library.rebuild;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * Table {@code CM_LIBRARY_REBUILD_PAIR}: scratch rows of one rebuild statement batch (customer, digital product, an
 * order that justifies it), written once per batch from the order lines and deleted at its end, so the batch's
 * statements join this small table instead of each joining the order lines again. Rows of different batches never
 * meet (each batch has its own {@code BATCH_ID}); nothing reads them outside the batch's transaction.
 */
@Entity
@Table(name = LibraryRebuildPairImpl.TABLE)
public class LibraryRebuildPairImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_LIBRARY_REBUILD_PAIR";

    @EmbeddedId
    protected Key key;

    /** The key: all four columns. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "BATCH_ID", nullable = false)
        protected Long batchId;

        @Column(name = "CUSTOMER_ID", nullable = false)
        protected Long customerId;

        @Column(name = "PRODUCT_ID", nullable = false)
        protected Long productId;

        @Column(name = "ORDER_ID", nullable = false)
        protected Long orderId;

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key key = (Key) other;
            return eq(batchId, key.batchId) && eq(customerId, key.customerId) && eq(productId, key.productId)
                    && eq(orderId, key.orderId);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(new Object[] {batchId, customerId, productId, orderId});
        }

        private static boolean eq(Object a, Object b) {
            return a == null ? b == null : a.equals(b);
        }
    }
}
