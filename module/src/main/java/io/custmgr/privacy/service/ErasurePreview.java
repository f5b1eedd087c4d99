package io.custmgr.privacy.service;

import io.custmgr.privacy.dao.ErasureSubject;
import io.custmgr.privacy.type.ErasureRefusal;

/** What an erasure of one customer would do, for the confirmation page: who, what goes and stays, and whether not. */
public final class ErasurePreview {

    private final ErasureSubject subject;
    private final ErasureRefusal refusal;

    public ErasurePreview(ErasureSubject subject, ErasureRefusal refusal) {
        this.subject = subject;
        this.refusal = refusal;
    }

    /** @return the customer and its counts; null when there is no such customer */
    public ErasureSubject getSubject() {
        return subject;
    }

    /** @return why it would be refused without force, or null */
    public ErasureRefusal getRefusal() {
        return refusal;
    }
}
