package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

public class V7__create_sessions_table extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement stmt = context.getConnection().createStatement()) {
            stmt.execute(
                "CREATE TABLE IF NOT EXISTS analytics.sessions (" +
                "  session_id VARCHAR(64) NOT NULL," +
                "  user_id BIGINT," +
                "  started_at TIMESTAMP NOT NULL," +
                "  ended_at TIMESTAMP" +
                ") DISTKEY (user_id) SORTKEY (started_at)");
            stmt.execute("GRANT SELECT ON analytics.sessions TO GROUP bi_readers");
        }
    }
}
