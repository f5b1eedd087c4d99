package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.customer.deletion.type.KeepRule;

import java.util.Map;

/** The confirmation page's summary: how many are selected, and how many a never-delete rule keeps (by rule). */
public class CleanupPreview {

    private final AccountClass accountClass;
    private final boolean wholeClass;
    private final int selected;
    private final Map<KeepRule, Integer> kept;

    public CleanupPreview(AccountClass accountClass, boolean wholeClass, int selected, Map<KeepRule, Integer> kept) {
        this.accountClass = accountClass;
        this.wholeClass = wholeClass;
        this.selected = selected;
        this.kept = kept;
    }

    public int getKeptTotal() {
        int total = 0;
        for (Integer count : kept.values()) {
            total += count;
        }
        return total;
    }

    /** @return accounts that would be deleted if nothing changes before their batch runs */
    public int getToDelete() {
        return selected - getKeptTotal();
    }

    public AccountClass getAccountClass() { return accountClass; }
    public boolean isWholeClass() { return wholeClass; }
    public int getSelected() { return selected; }
    public Map<KeepRule, Integer> getKept() { return kept; }
}
