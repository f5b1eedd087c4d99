package io.custmgr.library.admin;

import java.io.Serializable;

/** A product marked digital, as the admin's product picker lists it. */
public final class DigitalProductOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final String name;

    public DigitalProductOption(long productId, String name) {
        this.productId = productId;
        this.name = name;
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }
}
