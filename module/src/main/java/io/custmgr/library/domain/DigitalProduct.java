package io.custmgr.library.domain;

/**
 * What Broadleaf's {@code ProductImpl} (and any subclass) implements once the module's class transformer copied
 * {@link DigitalProductTemplate} into it.
 */
public interface DigitalProduct {

    /** @return the product's digital settings; never null */
    DigitalProductSettings getDigitalSettings();

    void setDigitalSettings(DigitalProductSettings settings);
}
