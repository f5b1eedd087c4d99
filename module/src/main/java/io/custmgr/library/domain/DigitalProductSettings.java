package io.custmgr.library.domain;

import io.custmgr.library.type.DigitalPackageType;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * A product's digital side, embedded into {@code BLC_PRODUCT} through {@link DigitalProductTemplate}: whether buying
 * it puts it into the customer's library, and how it is packaged. Shown in the product form's Advanced tab.
 */
@Embeddable
public class DigitalProductSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String TAB = "ProductImpl_Advanced_Tab";
    public static final String GROUP = "DigitalProduct_Group";

    @Column(name = "CM_DIGITAL")
    @AdminPresentation(friendlyName = "DigitalProduct_Digital", tab = TAB, group = GROUP, groupOrder = 9000,
            order = 100, helpText = "DigitalProduct_Digital_Help")
    protected Boolean digital = Boolean.FALSE;

    @Column(name = "CM_PACKAGE_TYPE", length = 16)
    @AdminPresentation(friendlyName = "DigitalProduct_PackageType", tab = TAB, group = GROUP, groupOrder = 9000,
            order = 200, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.custmgr.library.type.DigitalPackageType")
    protected String packageType;

    public boolean isDigital() {
        return Boolean.TRUE.equals(digital);
    }

    public void setDigital(boolean digital) {
        this.digital = digital;
    }

    /** @return the package type; SINGLE when none was chosen */
    public DigitalPackageType getPackageType() {
        DigitalPackageType type = DigitalPackageType.getInstance(packageType);
        return type == null ? DigitalPackageType.SINGLE : type;
    }

    public void setPackageType(DigitalPackageType type) {
        this.packageType = type == null ? null : type.getType();
    }
}
