package org.tradeguard.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class JdbcConfigStore implements ConfigStore {
    private final Sql sql;

    JdbcConfigStore(Dialect dialect) {
        this.sql = Sql.load("config", dialect);
    }

    @Override
    public Map<String, String> current(Tx tx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ConfigChange c : history(tx)) {
            out.put(c.name(), c.value());
        }
        return out;
    }

    @Override
    public void record(Tx tx, ConfigChange c) {
        Jdbc.update(tx, sql.get("insert"), c.name(), c.value(), c.actor(), c.at());
    }

    @Override
    public List<ConfigChange> history(Tx tx) {
        return Jdbc.query(tx, sql.get("history"), rs -> new ConfigChange(rs.getString("name"), rs.getString("value"),
                rs.getString("actor"), Jdbc.instant(rs, "at_ms")));
    }
}
