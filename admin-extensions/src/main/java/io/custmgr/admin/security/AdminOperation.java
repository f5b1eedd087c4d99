package io.custmgr.admin.security;

import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;

/** What an admin user may do with an entity, as Broadleaf's permission types READ, CREATE, UPDATE and DELETE. */
public enum AdminOperation {

    READ(EntityOperationType.FETCH),
    CREATE(EntityOperationType.ADD),
    UPDATE(EntityOperationType.UPDATE),
    DELETE(EntityOperationType.REMOVE);

    private final EntityOperationType broadleafType;

    AdminOperation(EntityOperationType broadleafType) {
        this.broadleafType = broadleafType;
    }

    public EntityOperationType getBroadleafType() {
        return broadleafType;
    }
}
