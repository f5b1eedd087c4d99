package io.custmgr.test;

import io.custmgr.guest.testsupport.RowInserter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A JDBC batch of one {@link RowInserter}'s INSERT on a connection of the benchmark seeders; counts its rows. */
public final class InsertBatch {

    private final RowInserter inserter;
    private final PreparedStatement statement;
    private int pending;
    private long rows;

    public InsertBatch(Connection connection, RowInserter inserter) throws SQLException {
        this.inserter = inserter;
        this.statement = connection.prepareStatement(inserter.sql());
    }

    public void add(Object... values) throws SQLException {
        inserter.bind(statement, values);
        statement.addBatch();
        pending++;
        rows++;
    }

    public void execute() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    public long rows() {
        return rows;
    }

    public void close() throws SQLException {
        statement.close();
    }
}
