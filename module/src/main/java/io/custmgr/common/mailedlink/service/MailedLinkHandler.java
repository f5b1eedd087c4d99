package io.custmgr.common.mailedlink.service;

/**
 * What following a mailed link of one purpose does (apply an e-mail change, move a guest's orders). Called by
 * {@link MailedLinks#consume} inside the transaction that marks the link used: when it throws, nothing of it is kept
 * and the link stays open.
 */
public interface MailedLinkHandler<T> {

    /**
     * @param link the link, checked: known, of the purpose, not expired, not used, followed by its customer
     * @return the feature's result, handed back by {@link MailedLinks#consume}
     * @throws MailedLinkRefusedException from {@link MailedLinkRefusedException#refused} for the feature's own rules
     */
    T apply(MailedLink link);
}
