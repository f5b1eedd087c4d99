package io.custmgr.merge.service;

/** Whose value a conflicting field keeps. */
public enum MergeSide {
    SURVIVOR, ABSORBED
}
