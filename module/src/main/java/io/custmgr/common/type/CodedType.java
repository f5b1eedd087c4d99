package io.custmgr.common.type;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;

/**
 * Base of the module's {@link BroadleafEnumerationType}s: a code and a label, equal by class and code. Subclasses keep
 * their own registry of instances for {@code getInstance(code)}, as Broadleaf's own types do.
 */
public abstract class CodedType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private String type;
    private String friendlyType;

    protected CodedType() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    protected CodedType(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && type != null
                && type.equals(((CodedType) other).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
