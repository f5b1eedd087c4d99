package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.type.SpamSignal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;

/**
 * The audit's thresholds ({@code custmgr.accountAudit.*}, see common.properties). A signal of weight 0 is off; an
 * account is suspected spam when the weights of its signals add up to at least the threshold. Public setters let a
 * test or host tune a running instance.
 */
@Component("cmAccountAuditSettings")
public class AccountAuditSettings {

    @Value("${custmgr.accountAudit.spam.threshold}")
    protected int spamThreshold;
    @Value("${custmgr.accountAudit.spam.burstIp.registrations}")
    protected int burstRegistrations;
    @Value("${custmgr.accountAudit.spam.burstIp.windowMinutes}")
    protected int burstWindowMinutes;
    @Value("${custmgr.accountAudit.spam.randomName.minLength}")
    protected int randomNameMinLength;
    @Value("${custmgr.accountAudit.spam.urlName.patterns}")
    protected String urlNamePatterns;
    @Value("${custmgr.accountAudit.spam.noFollowUp.days}")
    protected int noFollowUpDays;
    @Value("${custmgr.accountAudit.area.eventTypes}")
    protected String areaEventTypes;
    @Value("${custmgr.accountAudit.area.pathPrefix}")
    protected String areaPathPrefix;

    @Value("${custmgr.accountAudit.spam.burstIp.weight}")
    protected int burstIpWeight;
    @Value("${custmgr.accountAudit.spam.disposableDomain.weight}")
    protected int disposableDomainWeight;
    @Value("${custmgr.accountAudit.spam.randomName.weight}")
    protected int randomNameWeight;
    @Value("${custmgr.accountAudit.spam.urlName.weight}")
    protected int urlNameWeight;
    @Value("${custmgr.accountAudit.spam.noFollowUp.weight}")
    protected int noFollowUpWeight;
    @Value("${custmgr.accountAudit.spam.blockedIp.weight}")
    protected int blockedIpWeight;
    @Value("${custmgr.accountAudit.spam.unconfirmedEmail.weight}")
    protected int unconfirmedEmailWeight;
    @Value("${custmgr.accountAudit.spam.unconfirmedEmail.days}")
    protected int unconfirmedEmailDays;

    protected final Map<SpamSignal, Integer> weights = new EnumMap<SpamSignal, Integer>(SpamSignal.class);

    @PostConstruct
    public void init() {
        weights.put(SpamSignal.BURST_IP, burstIpWeight);
        weights.put(SpamSignal.DISPOSABLE_DOMAIN, disposableDomainWeight);
        weights.put(SpamSignal.RANDOM_NAME, randomNameWeight);
        weights.put(SpamSignal.URL_NAME, urlNameWeight);
        weights.put(SpamSignal.NO_FOLLOW_UP, noFollowUpWeight);
        weights.put(SpamSignal.BLOCKED_IP, blockedIpWeight);
        weights.put(SpamSignal.UNCONFIRMED_EMAIL, unconfirmedEmailWeight);
        check(spamThreshold >= 1, "spam.threshold must be at least 1");
        check(burstRegistrations >= 2, "spam.burstIp.registrations must be at least 2");
        check(burstWindowMinutes >= 1, "spam.burstIp.windowMinutes must be at least 1");
        check(randomNameMinLength >= 2, "spam.randomName.minLength must be at least 2");
        check(noFollowUpDays >= 1, "spam.noFollowUp.days must be at least 1");
        check(unconfirmedEmailDays >= 0, "spam.unconfirmedEmail.days must not be negative");
        for (Map.Entry<SpamSignal, Integer> weight : weights.entrySet()) {
            check(weight.getValue() >= 0, "spam." + weight.getKey().getKey() + ".weight must not be negative");
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("custmgr.accountAudit." + message);
        }
    }

    public int getWeight(SpamSignal signal) {
        return weights.get(signal);
    }

    public void setWeight(SpamSignal signal, int weight) {
        weights.put(signal, weight);
    }

    public int getSpamThreshold() { return spamThreshold; }
    public void setSpamThreshold(int spamThreshold) { this.spamThreshold = spamThreshold; }
    public int getBurstRegistrations() { return burstRegistrations; }
    public void setBurstRegistrations(int burstRegistrations) { this.burstRegistrations = burstRegistrations; }
    public int getBurstWindowMinutes() { return burstWindowMinutes; }
    public void setBurstWindowMinutes(int burstWindowMinutes) { this.burstWindowMinutes = burstWindowMinutes; }
    public int getRandomNameMinLength() { return randomNameMinLength; }
    public int getNoFollowUpDays() { return noFollowUpDays; }
    public int getUnconfirmedEmailDays() { return unconfirmedEmailDays; }
    public void setUnconfirmedEmailDays(int unconfirmedEmailDays) { this.unconfirmedEmailDays = unconfirmedEmailDays; }
    public void setNoFollowUpDays(int noFollowUpDays) { this.noFollowUpDays = noFollowUpDays; }
    public String getAreaPathPrefix() { return areaPathPrefix; }

    public List<String> getUrlNamePatterns() {
        return list(urlNamePatterns);
    }

    public List<String> getAreaEventTypes() {
        return list(areaEventTypes);
    }

    /** Every setting with its value, in the order the admin page shows them. */
    public Map<String, String> describe() {
        Map<String, String> shown = new LinkedHashMap<String, String>();
        shown.put("Suspected spam from a signal weight of", String.valueOf(spamThreshold));
        for (SpamSignal signal : SpamSignal.values()) {
            shown.put(signal.getLabel() + " (weight)", String.valueOf(getWeight(signal)));
        }
        shown.put("Many registrations: at least", burstRegistrations + " from one IP within " + burstWindowMinutes
                + " minutes before or after");
        shown.put("Random-looking name", "a digit, or " + randomNameMinLength + "+ characters without a vowel");
        shown.put("Web address in the name", urlNamePatterns);
        shown.put("No activity after registering", "none within " + noFollowUpDays + " days");
        shown.put("E-mail address never confirmed", "still unconfirmed " + unconfirmedEmailDays
                + " days after registering (only with custmgr.registration.confirmation on)");
        shown.put("Customer-area activity", "events " + areaEventTypes + "; page views under " + areaPathPrefix);
        return shown;
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.trim().isEmpty()) {
            return Collections.emptyList();
        }
        List<String> values = new ArrayList<String>();
        for (String value : Arrays.asList(commaSeparated.split(","))) {
            if (!value.trim().isEmpty()) {
                values.add(value.trim());
            }
        }
        return values;
    }
}
