package io.custmgr.address.service;

import java.util.Collections;
import java.util.List;

/** One address of a customer's address book as screens show it: formatted lines (plain text) and default badges. */
public class AddressBookEntryView {

    private final Long id;
    private final String name;
    private final List<String> lines;
    private final boolean defaultBilling;
    private final boolean defaultShipping;

    public AddressBookEntryView(Long id, String name, List<String> lines, boolean defaultBilling,
            boolean defaultShipping) {
        this.id = id;
        this.name = name;
        this.lines = Collections.unmodifiableList(lines);
        this.defaultBilling = defaultBilling;
        this.defaultShipping = defaultShipping;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public List<String> getLines() { return lines; }
    public boolean isDefaultBilling() { return defaultBilling; }
    public boolean isDefaultShipping() { return defaultShipping; }
}
