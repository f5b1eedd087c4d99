package io.custmgr.common.validation;

import org.junit.jupiter.api.Test;

import javax.persistence.Column;
import javax.persistence.Lob;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnLimitsImplTest {

    @Test
    void theColumnAnnotationGivesTheLengthAndJpasDefaultFillsIn() throws Exception {
        assertEquals(40, ColumnLimitsImpl.lengthOf(Mapped.class.getDeclaredField("code")));
        assertEquals(255, ColumnLimitsImpl.lengthOf(Mapped.class.getDeclaredField("name")));
        assertEquals(255, ColumnLimitsImpl.lengthOf(Mapped.class.getDeclaredField("plain")));
    }

    @Test
    void aLobHasNoLimit() throws Exception {
        assertEquals(Integer.MAX_VALUE, ColumnLimitsImpl.lengthOf(Mapped.class.getDeclaredField("text")));
    }

    static class Mapped {
        @Column(name = "CODE", length = 40)
        String code;
        @Column(name = "NAME")
        String name;
        String plain;
        @Lob
        @Column(name = "TEXT")
        String text;
    }
}
