package io.custmgr.rewards.service;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The {@code custmgr.rewards.*} settings, checked when the context starts. */
public class RewardPointsSettings {

    private final BigDecimal earnPointsPerUnit;
    private final long activationDelayMs;
    private final int expiryDays;
    private final int redeemPointsPerUnit;
    private final int redeemMinPoints;
    private final int adjustMaxPoints;

    public RewardPointsSettings(BigDecimal earnPointsPerUnit, long activationDelay, String activationUnit,
            int expiryDays, int redeemPointsPerUnit, int redeemMinPoints, int adjustMaxPoints) {
        TimeUnit unit = TimeUnit.valueOf(activationUnit.trim().toUpperCase(Locale.ROOT));
        if (earnPointsPerUnit.signum() < 0 || activationDelay < 0 || expiryDays < 0 || redeemPointsPerUnit < 1
                || redeemMinPoints < 0 || adjustMaxPoints < 1
                || (unit != TimeUnit.MINUTES && unit != TimeUnit.HOURS && unit != TimeUnit.DAYS)) {
            throw new IllegalArgumentException("custmgr.rewards.*: rates and limits must be positive, the activation"
                    + " unit MINUTES, HOURS or DAYS");
        }
        this.earnPointsPerUnit = earnPointsPerUnit;
        this.activationDelayMs = unit.toMillis(activationDelay);
        this.expiryDays = expiryDays;
        this.redeemPointsPerUnit = redeemPointsPerUnit;
        this.redeemMinPoints = redeemMinPoints;
        this.adjustMaxPoints = adjustMaxPoints;
    }

    /** @return the points an amount paid earns, rounded down */
    public int pointsFor(BigDecimal amount) {
        return amount == null || amount.signum() <= 0 ? 0
                : amount.multiply(earnPointsPerUnit).setScale(0, BigDecimal.ROUND_DOWN).intValue();
    }

    /** @return the discount these points are worth, at the currency's two decimals (rounded down) */
    public BigDecimal valueOf(int points) {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(redeemPointsPerUnit), 2, BigDecimal.ROUND_DOWN);
    }

    /** @return the points worth this discount, rounded up (a shopper never gets more discount than points spent) */
    public int pointsWorth(BigDecimal discount) {
        return discount.multiply(BigDecimal.valueOf(redeemPointsPerUnit)).setScale(0, BigDecimal.ROUND_UP).intValue();
    }

    public Date activationOf(Date earned) {
        return new Date(earned.getTime() + activationDelayMs);
    }

    /** @return when points activating at this time expire, or null when points never expire */
    public Date expiryOf(Date activates) {
        return expiryDays == 0 ? null : new Date(activates.getTime() + TimeUnit.DAYS.toMillis(expiryDays));
    }

    public int getRedeemPointsPerUnit() { return redeemPointsPerUnit; }
    public int getRedeemMinPoints() { return redeemMinPoints; }
    public int getAdjustMaxPoints() { return adjustMaxPoints; }
}
