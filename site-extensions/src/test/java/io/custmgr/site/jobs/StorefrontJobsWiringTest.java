package io.custmgr.site.jobs;

import io.custmgr.common.job.ClusterJobs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every job the storefront context schedules is a leased {@code ClusterJob} (made by {@code cmClusterJobs}, run by its
 * {@code run} method) under one of the names the admin's Scheduled Jobs page lists: a task scheduled directly would
 * run on every storefront node at once.
 */
class StorefrontJobsWiringTest {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String TASK = "http://www.springframework.org/schema/task";

    @Test
    void everyScheduledStorefrontTaskIsALeasedJobTheAdminLists() throws Exception {
        Document context = parse("custmgr-site-applicationContext.xml");
        Map<String, String> jobNames = new HashMap<String, String>();
        NodeList beans = context.getElementsByTagNameNS(BEANS, "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if ("cmClusterJobs".equals(bean.getAttribute("factory-bean"))) {
                Element name = (Element) bean.getElementsByTagNameNS(BEANS, "constructor-arg").item(0);
                jobNames.put(bean.getAttribute("id"), name.getAttribute("value"));
            }
        }
        List<String> scheduled = new ArrayList<String>();
        NodeList tasks = context.getElementsByTagNameNS(TASK, "scheduled");
        for (int i = 0; i < tasks.getLength(); i++) {
            Element task = (Element) tasks.item(i);
            String job = jobNames.get(task.getAttribute("ref"));
            assertNotNull(job, task.getAttribute("ref") + " is scheduled without a lease");
            assertEquals("run", task.getAttribute("method"));
            scheduled.add(job);
        }
        assertEquals(new ArrayList<String>(ClusterJobs.KNOWN.keySet()), scheduled,
                "the admin lists exactly the storefront's jobs, in their order");
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = StorefrontJobsWiringTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
