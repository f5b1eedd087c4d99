package io.custmgr.privacy.export;

import java.io.IOException;

/**
 * One section of a customer's personal data export: one top-level key of {@code personal-data.json} (an array of
 * records) and one heading of {@code personal-data.html}. Every bean implementing it joins every export, in
 * {@link #getOrder()} order: per-customer data a feature or host adds (company membership, digital library, reward
 * points) joins the export by adding a section bean, not by editing the exporter.
 * <p>
 * Contract: called inside the export's read-only transaction, on a background thread, for a customer that is neither
 * erased nor merged away; reads in bounded memory (JDBC with a fetch size, or pages) and hands each record to the
 * {@link SectionOutput} as it is read, never collecting all of them; never writes to the database; writes nothing
 * secret (passwords, payment tokens, raw gateway responses). A section without data for the customer writes no
 * record. An exception fails the whole export.
 */
public interface PersonalDataSection {

    /** @return the JSON key, unique, e.g. "orders" (letters and digits, camel case) */
    String getKey();

    /** @return the heading in the HTML page, e.g. "Orders" */
    String getTitle();

    /** @return position among the sections; the module's own use multiples of 100 (profile 100) */
    int getOrder();

    void write(long customerId, SectionOutput out) throws IOException;
}
