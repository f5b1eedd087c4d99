package io.custmgr.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page's parameters: each bad value gets its field's message and filters nothing; values are escaped. */
class CustomerSearchParserTest {

    @Test
    void checksDatesRangesAmountsAndLengthsPerField() {
        CustomerSearchParser.Parsed parsed = parse("registeredFrom", "2023-02-29", "lastOrderFrom", "2024-05-02",
                "lastOrderTo", "2024-05-01", "ordersMin", "5", "ordersMax", "2", "spentMin", "1e9",
                "birthMonthDay", "02-30", "phone", "+1", "ip", "10.0.0.1; DROP", "name", repeat('x', 201));
        Map<String, String> errors = parsed.getErrors();
        assertEquals("Enter a date as YYYY-MM-DD.", errors.get("registeredFrom"));
        assertEquals("Must not be before the \"from\" date.", errors.get("lastOrderTo"));
        assertEquals("Must not be less than the minimum.", errors.get("ordersMax"));
        assertTrue(errors.containsKey("spentMin"));
        assertEquals("Enter month and day as MM-DD, e.g. 04-17.", errors.get("birthMonthDay"));
        assertTrue(errors.containsKey("phone"));
        assertTrue(errors.containsKey("ip"));
        assertEquals("At most 200 characters.", errors.get("name"));
        CustomerSearchCriteria c = parsed.getCriteria();
        assertNull(c.getRegisteredFrom());
        assertNull(c.getLastOrderTo());
        assertNull(c.getName());
        assertEquals(Integer.valueOf(5), c.getOrdersMin(), "the valid half of a range still filters");
    }

    @Test
    void acceptsWhatMerchantsType() {
        CustomerSearchParser.Parsed parsed = parse("birthMonthDay", "--02-29", "spentMin", "99,95", "page", "3",
                "size", "50", "sort", "spent", "dir", "asc", "guest", "no");
        assertFalse(parsed.hasErrors(), parsed.getErrors().toString());
        CustomerSearchCriteria c = parsed.getCriteria();
        assertEquals("02-29", c.getBirthMonthDay());
        assertEquals("99.95", c.getSpentMin().toPlainString());
        assertEquals(100, c.getStart());
        assertEquals(SortKey.SPENT, c.getSort());
        assertTrue(c.isAscending());
        assertEquals(CustomerSearchCriteria.YesNo.NO, c.getGuest());
    }

    @Test
    void solrSyntaxIsEscapedAndWordsArePrefixes() {
        CustomerSearchCriteria c = parse("name", "O'Brien) OR *:*", "email", "anne@x", "phone", "(555) 010-4477",
                "group", "VIP \" OR x").getCriteria();
        SolrQuery query = CustomerSolrQueries.matching(c);
        String q = query.getQuery();
        assertTrue(q.contains("first_name:o*") && q.contains("last_name:brien*"), q);
        assertTrue(q.contains("email:anne* AND email:x*"), q);
        assertTrue(q.contains("phone_tail:5550104477"), q);
        assertFalse(q.contains("*:*"), "typed syntax never reaches Solr as syntax: " + q);
        assertEquals("{!tag=group}group:\"VIP \\\" OR x\"", query.getFilterQueries()[0]);
    }

    static CustomerSearchParser.Parsed parse(String... params) {
        Map<String, String[]> map = new HashMap<String, String[]>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], new String[] {params[i + 1]});
        }
        return CustomerSearchParser.parse(map);
    }

    private static String repeat(char c, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(c);
        }
        return s.toString();
    }
}
