package io.custmgr.test;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActorSource;
import io.custmgr.common.hibernate.ListenerBridge;

/**
 * Plays the admin webapp's {@link AuditActorSource} for a test: while {@link #signIn() signed in}, changes and records
 * are made by admin user 7 "alice" from 10.0.0.7; {@link #signOut()} in an {@code @AfterEach}.
 */
public final class SignedInAdmin implements AuditActorSource {

    public static final AuditActor ALICE = AuditActor.admin(7L, "alice", "10.0.0.7");

    @Override
    public AuditActor currentAdmin() {
        return ALICE;
    }

    public SignedInAdmin signIn() {
        ListenerBridge.register(AuditActorSource.class, this);
        return this;
    }

    public void signOut() {
        ListenerBridge.unregister(AuditActorSource.class, this);
    }
}
