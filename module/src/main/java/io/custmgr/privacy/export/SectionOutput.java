package io.custmgr.privacy.export;

import java.io.IOException;
import java.util.Map;

/** Where a {@link PersonalDataSection} hands its records; they are written out at once (JSON and HTML). */
public interface SectionOutput {

    /**
     * Writes one record. Values by field name, in the order given: text, numbers, booleans, {@link java.util.Date}s
     * (written as ISO-8601 UTC), null, or a {@link java.util.List} of maps for records nested in this one (an order's
     * lines).
     */
    void record(Map<String, ?> values) throws IOException;
}
