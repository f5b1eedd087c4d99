package io.custmgr.search.bench;

import io.custmgr.search.export.bench.ExportSeeder;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.springframework.jdbc.core.JdbcTemplate;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's fixed mix of searches a merchant makes, with values from seeded customers: each round takes other
 * sample customers, products, groups and months, so Solr's query result cache cannot answer a repeated query. The
 * searches Broadleaf's admin customer list can express (e-mail, names, user name: its string filters, which match
 * {@code lower(column) LIKE '%value%'}) carry the same filter for it.
 */
final class SearchMix {

    /** One search: its label, the search page's parameters, and the admin list's filters or null. */
    static final class Search {
        final String label;
        final Map<String, String[]> params = new LinkedHashMap<String, String[]>();
        FilterAndSortCriteria[] admin;

        Search(String label, String... keyValues) {
            this.label = label;
            for (int i = 0; i < keyValues.length; i += 2) {
                params.put(keyValues[i], new String[] {keyValues[i + 1]});
            }
            params.put("size", new String[] {"50"});
        }

        Search admin(String... keyValues) {
            admin = new FilterAndSortCriteria[keyValues.length / 2];
            for (int i = 0; i < keyValues.length; i += 2) {
                admin[i / 2] = new FilterAndSortCriteria(keyValues[i], keyValues[i + 1]);
            }
            return this;
        }
    }

    private SearchMix() {
    }

    static List<Search> round(JdbcTemplate jdbc, int customers, int round) {
        Map<String, Object> a = sample(jdbc, customers, round, 1);
        Map<String, Object> b = sample(jdbc, customers, round, 2);
        Map<String, Object> c = sample(jdbc, customers, round, 3);
        String emailA = (String) a.get("EMAIL_ADDRESS");
        String emailC = (String) c.get("EMAIL_ADDRESS");
        String localA = emailA.substring(0, emailA.indexOf('@'));
        String fragment = localA.substring(0, Math.min(localA.length(), localA.lastIndexOf('.') + 3));
        String ipB = (String) b.get("CM_REGISTRATION_IP");
        String phoneC = ((String) c.get("CM_PHONE")).replaceAll("[^0-9]", "");
        String product = "Product " + (1 + (17 * round + 5) % ExportSeeder.PRODUCTS);
        String group = "Group " + (1 + round % 3);
        String city = ExportSeeder.CITIES[round % ExportSeeder.CITIES.length];
        String last = ExportSeeder.LAST_NAMES[(round * 7) % ExportSeeder.LAST_NAMES.length];
        long day = 86400000L;
        long now = System.currentTimeMillis();
        List<Search> mix = new ArrayList<Search>();
        mix.add(new Search("postal code", "postalCode", (String) a.get("POSTAL_CODE")));
        mix.add(new Search("postal code + city", "postalCode", (String) b.get("POSTAL_CODE"), "city",
                (String) b.get("CITY")));
        mix.add(new Search("registration IP", "ip", ipB));
        mix.add(new Search("IP beginning", "ip", ipB.substring(0, ipB.lastIndexOf('.') + 1)));
        mix.add(new Search("month and day of birth", "birthMonthDay", c.get("CM_DATE_OF_BIRTH").toString().substring(5)));
        mix.add(new Search("born in a year", "birthFrom", (1955 + round) + "-01-01", "birthTo", (1955 + round) + "-12-31"));
        mix.add(new Search("product bought", "product", product));
        mix.add(new Search("product + group", "product", product, "group", group));
        mix.add(new Search("e-mail fragment", "email", fragment).admin("emailAddress", fragment));
        mix.add(new Search("e-mail address", "email", emailA).admin("emailAddress", emailA));
        mix.add(new Search("last name", "name", last).admin("lastName", last));
        mix.add(new Search("first and last name", "name", a.get("FIRST_NAME") + " " + a.get("LAST_NAME"))
                .admin("firstName", (String) a.get("FIRST_NAME"), "lastName", (String) a.get("LAST_NAME")));
        mix.add(new Search("user name", "userName", emailC).admin("username", emailC));
        mix.add(new Search("phone digits", "phone", phoneC.substring(Math.max(0, phoneC.length() - 7))));
        mix.add(new Search("company", "company", ((String) b.get("CM_COMPANY")).replace("=", "")));
        mix.add(new Search("group facet", "group", group));
        mix.add(new Search("registered in a month", "registeredFrom", date(now - (400 + 30 * round) * day),
                "registeredTo", date(now - (370 + 30 * round) * day)));
        mix.add(new Search("ordered in the last weeks", "lastOrderFrom", date(now - (20 + round) * day)));
        mix.add(new Search("2 or more orders", "ordersMin", "2", "city", city));
        mix.add(new Search("exactly 1 order", "ordersMin", "1", "ordersMax", "1", "group", group));
        mix.add(new Search("spent between", "spentMin", String.valueOf(40 + round), "spentMax", String.valueOf(80
                + round)));
        mix.add(new Search("free text: name and city", "q", last + " " + city));
        mix.add(new Search("free text: e-mail", "q", emailC).admin("emailAddress", emailC));
        return mix;
    }

    /** A seeded customer: its profile and address columns. */
    private static Map<String, Object> sample(JdbcTemplate jdbc, int customers, int round, int which) {
        long id = 1 + (round * 104729L + which * 15485863L) % customers;
        return jdbc.queryForMap("SELECT c.EMAIL_ADDRESS, c.FIRST_NAME, c.LAST_NAME, c.CM_PHONE, c.CM_REGISTRATION_IP,"
                + " c.CM_DATE_OF_BIRTH, c.CM_COMPANY, a.POSTAL_CODE, a.CITY FROM BLC_CUSTOMER c"
                + " JOIN BLC_CUSTOMER_ADDRESS ca ON ca.CUSTOMER_ID = c.CUSTOMER_ID"
                + " JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID WHERE c.CUSTOMER_ID = ?", id);
    }

    private static String date(long millis) {
        return new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(new Date(millis));
    }
}
