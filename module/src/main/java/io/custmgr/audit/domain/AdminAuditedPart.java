package io.custmgr.audit.domain;

/**
 * An {@link AdminAudited} entity that is part of another (a company's member, unit or role): its records carry the
 * owner's key, so the owner's trail lists the changes of its parts with its own, also after a part is gone.
 */
public interface AdminAuditedPart {

    /** @return {@link #ownerKey} of the owning entity */
    String getAuditOwner();

    /** @return the key an owner's records are found by: its entity class name and id */
    static String ownerKey(Class<?> ownerType, Object ownerId) {
        return ownerType.getName() + "#" + ownerId;
    }
}
