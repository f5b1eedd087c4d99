package io.custmgr.common.mailedlink.service;

/**
 * The one mechanism behind links mailed to a customer (bean {@code cmMailedLinks}): e-mail change confirmation, guest
 * claim, and whatever comes next. A feature names its purpose, issues a link and, when it is followed, consumes it
 * with a {@link MailedLinkHandler} that does the feature's part. Tokens are 256 random bits; only their SHA-256 is
 * stored. Neither tokens nor links may be logged: they open the customer's account.
 */
public interface MailedLinks {

    /** Longest purpose name. */
    int PURPOSE_LENGTH = 32;

    /**
     * Stores a link for the purpose, in the caller's transaction (or one of its own).
     *
     * @param url the storefront URL the link points to; the token is appended as its {@code token} parameter
     * @param customerId the customer the link is mailed to, the only one who may follow it
     * @param subjectId another customer the link is about, or null
     * @param payload the purpose's own value (at most 255 characters), or null
     * @return the link to mail: the only place the token ever appears
     */
    String issue(String purpose, String url, long customerId, Long subjectId, String payload, int validHours);

    /**
     * As {@link #issue}, for a token that travels some other way than a mailed link (a form the admin's browser posts
     * to the storefront): valid for seconds rather than hours.
     *
     * @return the token itself: the only place it ever appears
     */
    String issueToken(String purpose, long customerId, Long subjectId, String payload, long validSeconds);

    /**
     * Read-only: the link of a token, if it could be taken up now by {@code signedInCustomerId}.
     *
     * @throws MailedLinkRefusedException unknown (or of another purpose), expired, used, or another customer's link
     */
    MailedLink verify(String purpose, String token, Long signedInCustomerId);

    /**
     * Read-only, for a link that lets whoever holds it see something (never change anything), such as a guest's order
     * page: the link may be followed again until it expires, by anyone, signed in or not.
     *
     * @throws MailedLinkRefusedException unknown (or of another purpose), expired, or taken up already
     */
    MailedLink readBearer(String purpose, String token);

    /**
     * Takes a link up once: counts the visit, checks it as {@link #verify} does, then in one transaction marks it used
     * (of two clicks at the same time, one wins and the other is refused as used) and runs the handler. When the
     * handler throws, the link stays open. Joins the caller's transaction if there is one; called without one, a
     * refused visit is still counted.
     *
     * @return the handler's result
     * @throws MailedLinkRefusedException as {@link #verify}, or from the handler
     */
    <T> T consume(String purpose, String token, Long signedInCustomerId, MailedLinkHandler<T> handler);

    /**
     * As {@link #consume}, for a token that itself is the proof, whoever presents it (signed in or not): refused only
     * as unknown, expired or used. For tokens handed over within seconds, never for links in a mailbox.
     */
    <T> T consumeBearer(String purpose, String token, MailedLinkHandler<T> handler);
}
