package io.custmgr.accountaudit.type;

/** Spam signals, each a 0/1 column of {@code CM_ACCOUNT_AUDIT_RESULT} and a weight in the settings. */
public enum SpamSignal {
    BURST_IP("S_BURST_IP", "burstIp", "Many registrations from one IP"),
    DISPOSABLE_DOMAIN("S_DISPOSABLE", "disposableDomain", "Disposable e-mail domain"),
    RANDOM_NAME("S_RANDOM_NAME", "randomName", "Random-looking name"),
    URL_NAME("S_URL_NAME", "urlName", "Web address in the name"),
    NO_FOLLOW_UP("S_NO_FOLLOW_UP", "noFollowUp", "No activity after registering"),
    BLOCKED_IP("S_BLOCKED_IP", "blockedIp", "Registered from a blocked IP"),
    UNCONFIRMED_EMAIL("S_UNCONFIRMED", "unconfirmedEmail", "E-mail address never confirmed");

    private final String column;
    private final String key;
    private final String label;

    SpamSignal(String column, String key, String label) {
        this.column = column;
        this.key = key;
        this.label = label;
    }

    public String getColumn() {
        return column;
    }

    /** Part of the setting's name: {@code custmgr.accountAudit.spam.<key>.weight}. */
    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }
}
