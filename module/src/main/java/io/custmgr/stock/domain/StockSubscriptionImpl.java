package io.custmgr.stock.domain;

import io.custmgr.stock.type.StockSubscriptionState;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * Table {@code CM_STOCK_SUBSCRIPTION}. {@code OPEN_KEY} holds the e-mail key while the subscription is open and null
 * once closed, so the unique constraint on (SKU_ID, OPEN_KEY) allows one open subscription per SKU and address and any
 * number of closed ones, on every database (nulls never collide).
 */
@Entity
@Table(name = StockSubscriptionImpl.TABLE, uniqueConstraints = @UniqueConstraint(name = StockSubscriptionImpl.OPEN_UK,
        columnNames = {"SKU_ID", "OPEN_KEY"}))
public class StockSubscriptionImpl implements StockSubscription {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_STOCK_SUBSCRIPTION";
    public static final String OPEN_UK = "CM_STOCK_SUB_OPEN_UK";
    public static final int EMAIL_LENGTH = 255;

    @Id
    @GeneratedValue(generator = "StockSubscriptionId")
    @GenericGenerator(name = "StockSubscriptionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "StockSubscriptionImpl"),
                    @Parameter(name = "increment_size", value = "50"),
                    @Parameter(name = "entity_name", value = "io.custmgr.stock.domain.StockSubscriptionImpl")})
    @Column(name = "SUBSCRIPTION_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID")
    @Index(name = "CM_STOCK_SUB_CUSTOMER_IDX", columnNames = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "EMAIL", length = EMAIL_LENGTH, nullable = false)
    protected String email;

    @Column(name = "EMAIL_KEY", length = EMAIL_LENGTH, nullable = false)
    @Index(name = "CM_STOCK_SUB_EMAIL_IDX", columnNames = "EMAIL_KEY")
    protected String emailKey;

    @Column(name = "OPEN_KEY", length = EMAIL_LENGTH)
    protected String openKey;

    @Column(name = "SKU_ID", nullable = false)
    @Index(name = "CM_STOCK_SUB_STATE_IDX", columnNames = {"STATE", "SKU_ID"})
    protected Long skuId;

    @Column(name = "PRODUCT_ID")
    protected Long productId;

    @Column(name = "CREATED_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    @Column(name = "STATE", length = 16, nullable = false)
    protected String state;

    @Column(name = "NOTIFIED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date notified;

    /** @return the address trimmed and lower-cased, or null */
    public static String emailKey(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    @Override public Long getId() { return id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public String getEmail() { return email; }
    @Override public String getEmailKey() { return emailKey; }

    @Override
    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
        this.emailKey = emailKey(email);
        this.openKey = StockSubscriptionState.OPEN.name().equals(state) ? emailKey : null;
    }

    @Override public Long getSkuId() { return skuId; }
    @Override public void setSkuId(Long skuId) { this.skuId = skuId; }
    @Override public Long getProductId() { return productId; }
    @Override public void setProductId(Long productId) { this.productId = productId; }
    @Override public Date getCreated() { return created; }
    @Override public void setCreated(Date created) { this.created = created; }

    @Override
    public StockSubscriptionState getState() {
        return state == null ? null : StockSubscriptionState.valueOf(state);
    }

    @Override
    public void setState(StockSubscriptionState state) {
        this.state = state == null ? null : state.name();
        this.openKey = state == StockSubscriptionState.OPEN ? emailKey : null;
    }

    @Override public Date getNotified() { return notified; }
    @Override public void setNotified(Date notified) { this.notified = notified; }
}
