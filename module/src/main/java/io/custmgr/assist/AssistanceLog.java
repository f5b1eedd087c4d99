package io.custmgr.assist;

/**
 * Names the assistance log ("Login as customer" sessions) in Broadleaf's admin security (the ceiling entity of its
 * permission rows): Broadleaf loads the ceiling as a class, and the log's page has no entity of its own. Nothing
 * implements it.
 */
public interface AssistanceLog {
}
