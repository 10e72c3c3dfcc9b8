package news.gateway.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A connection of the gateway's pool in a transaction that is rolled back when closed: a test writes to the
 * demo content through {@link #db()} and leaves it as it was. Only that connection sees the writes.
 */
public final class RolledBackTransaction implements AutoCloseable {

  private final Connection connection;
  private final DSLContext db;

  private RolledBackTransaction(Connection connection) {
    this.connection = connection;
    this.db = DSL.using(connection, SQLDialect.POSTGRES);
  }

  public static RolledBackTransaction begin(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    return new RolledBackTransaction(connection);
  }

  public DSLContext db() {
    return db;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }
}
