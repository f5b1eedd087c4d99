package io.custmgr.library.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.core.catalog.domain.ProductImpl} by the module's class
 * transformer (columns {@code BLC_PRODUCT.CM_DIGITAL}, {@code CM_PACKAGE_TYPE}); the host's Product entity id stays
 * free for the host's own subclass. Never instantiated.
 */
public class DigitalProductTemplate implements DigitalProduct {

    @Embedded
    protected DigitalProductSettings digitalSettings;

    @Override
    public DigitalProductSettings getDigitalSettings() {
        if (digitalSettings == null) {
            digitalSettings = new DigitalProductSettings();
        }
        return digitalSettings;
    }

    @Override
    public void setDigitalSettings(DigitalProductSettings settings) {
        this.digitalSettings = settings;
    }
}
