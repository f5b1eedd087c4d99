package io.custmgr.library.service;

import io.custmgr.library.type.Acquisition;
import io.custmgr.library.type.DigitalPackageType;

import java.io.Serializable;
import java.util.Date;

/**
 * One item of a customer's library as the admin and the storefront show it: an entry of CM_LIBRARY_ENTRY, or a
 * digital product the customer's all-access flag makes available (acquisition ALL_ACCESS, no entry behind it).
 */
public class LibraryItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final String name;
    private final DigitalPackageType packageType;
    private Acquisition acquisition;
    private Long orderId;
    private String giver;
    private Date granted;
    private String grantedBy;
    private String note;
    private boolean active;
    private String revokeReason;
    private Date revoked;
    private int downloadsUsed;
    private Integer downloadsAllowed;
    private Date accessExpires;
    private boolean entry;

    public LibraryItem(long productId, String name, DigitalPackageType packageType) {
        this.productId = productId;
        this.name = name;
        this.packageType = packageType;
    }

    public LibraryItem allAccess() {
        this.acquisition = Acquisition.ALL_ACCESS;
        this.active = true;
        return this;
    }

    public LibraryItem entry(Acquisition acquisition, Long orderId, String giver, Date granted, String grantedBy,
            String note) {
        this.entry = true;
        this.acquisition = acquisition;
        this.orderId = orderId;
        this.giver = giver;
        this.granted = granted;
        this.grantedBy = grantedBy;
        this.note = note;
        return this;
    }

    public LibraryItem status(boolean active, String revokeReason, Date revoked) {
        this.active = active;
        this.revokeReason = revokeReason;
        this.revoked = revoked;
        return this;
    }

    public LibraryItem downloads(int used, Integer allowed, Date accessExpires) {
        this.downloadsUsed = used;
        this.downloadsAllowed = allowed;
        this.accessExpires = accessExpires;
        return this;
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public DigitalPackageType getPackageType() {
        return packageType;
    }

    public Acquisition getAcquisition() {
        return acquisition;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getGiver() {
        return giver;
    }

    public Date getGranted() {
        return granted;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public String getNote() {
        return note;
    }

    /** @return true for an entry that is not revoked, and for an all-access item */
    public boolean isActive() {
        return active;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public Date getRevoked() {
        return revoked;
    }

    public int getDownloadsUsed() {
        return downloadsUsed;
    }

    /** @return the download limit, or null for none */
    public Integer getDownloadsAllowed() {
        return downloadsAllowed;
    }

    /** @return when access ends, or null for never */
    public Date getAccessExpires() {
        return accessExpires;
    }

    /** @return false for an item only the all-access flag makes available */
    public boolean isEntry() {
        return entry;
    }
}
