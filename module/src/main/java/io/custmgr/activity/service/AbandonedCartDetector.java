package io.custmgr.activity.service;

/** Logs "cart abandoned" for open carts left unchanged too long; scheduled, idempotent (one event per cart). */
public interface AbandonedCartDetector {

    /** @return the number of carts newly logged as abandoned */
    int logAbandonedCarts();
}
