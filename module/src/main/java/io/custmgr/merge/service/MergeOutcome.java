package io.custmgr.merge.service;

/** What happens to the rows a line of a merge report counts. */
public enum MergeOutcome {
    /** given to the survivor */
    MOVED,
    /** added into a list the survivor already has */
    MERGED,
    /** kept by the survivor as a saved list instead of being merged (an absorbed open cart when both have one) */
    ARCHIVED,
    /** the survivor already has the same; the absorbed copy is removed */
    DROPPED,
    /** a field of the survivor takes the absorbed customer's value */
    CHANGED
}
