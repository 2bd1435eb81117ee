package com.careerplatform.kit.sql;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** Reads one page of a plain SQL query: counts what matches, then reads the page's rows. */
public final class SqlPages {

    /** Makes one item of a result row. */
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SqlPages() {
    }

    /**
     * {@code from} is the query from its {@code from} on, filters included, whose placeholders take
     * {@code parameters} in order; {@code orderBy} must make the order total, or pages overlap.
     */
    public static <T> PageView<T> read(DataSource dataSource, String columns, String from, String orderBy,
            PageParams page, RowReader<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = Statements.prepare(connection, "select count(*) " + from, parameters);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            Object[] paged = Arrays.copyOf(parameters, parameters.length + 2);
            paged[parameters.length] = page.size;
            paged[parameters.length + 1] = (long) page.page * page.size;
            List<T> items = new ArrayList<>();
            try (PreparedStatement select = Statements.prepare(connection, "select " + columns + " " + from + " order by " + orderBy
                    + " limit ? offset ?", paged); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(reader.read(rows));
                }
            }
            return PageView.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("page of '" + from + "' cannot be read", e);
        }
    }
}
