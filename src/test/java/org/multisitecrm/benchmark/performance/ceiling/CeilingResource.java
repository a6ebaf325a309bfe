package org.multisitecrm.benchmark.performance.ceiling;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One endpoint per measured call, {@code POST /ceiling/<call>} with the API's form body (read, not
 * parsed) and the values the CRM would take from the caller and the params as query parameters. The
 * SQL comes from {@code ceiling.properties}, written by the harness from the CRM's own rule text.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@ApplicationScoped
@DataSourceDefinition(name = CeilingResource.POOL_NAME, className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=DB_URL}", user = "${MPCONFIG=DB_USER}", password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2, maxPoolSize = 32)
public class CeilingResource {

    /** Payara's pool over the same driver class and size as the CRM's, without its validation. */
    static final String POOL_NAME = "java:app/jdbc/ceiling";
    private static final Properties SQL = load();
    /** One factory: {@code Json.createGenerator} looks the provider up on every call. */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(java.util.Map.of());

    @Resource(lookup = POOL_NAME)
    private DataSource pool;

    private static Properties load() {
        try (InputStream in = CeilingResource.class.getResourceAsStream("/ceiling.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads run as the API's do: the statements of {@code <call>.N} in turn, the last one's rows written
     * as the values; {@code ids} statements feed their ids to the next as {@code (?...)}. A count
     * statement's number becomes {@code count}.
     */
    @POST
    @Path("{call}")
    public StreamingOutput call(@PathParam("call") String call, @FormParam("params") String params, @QueryParam("p") List<String> values) {
        return out -> {
            try (Connection connection = pool.getConnection(); JsonGenerator json = JSON.createGenerator(out)) {
                boolean write = SQL.getProperty(call + ".write") != null;
                connection.setAutoCommit(!write);
                json.writeStartObject().write("entity", "Contact").write("action", call).write("version", 4);
                Long count = null;
                List<Long> ids = null;
                int parameter = 0;
                int fetched = 0;
                for (int step = 1; SQL.getProperty(call + "." + step) != null; step++) {
                    String sql = SQL.getProperty(call + "." + step);
                    String kind = SQL.getProperty(call + "." + step + ".kind", "rows");
                    if (ids != null && sql.contains("(?...)")) {
                        sql = sql.replace("(?...)", ids.isEmpty() ? "(NULL)" : "(" + "?,".repeat(ids.size() - 1) + "?)");
                    }
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        int index = 1;
                        int wanted = Integer.parseInt(SQL.getProperty(call + "." + step + ".parameters", "0"));
                        for (int i = 0; i < wanted; i++) {
                            String value = values.get(parameter++);
                            if (value.matches("-?\\d{1,18}")) {
                                statement.setLong(index++, Long.parseLong(value));
                            } else {
                                statement.setString(index++, value);
                            }
                        }
                        if (ids != null && SQL.getProperty(call + "." + step).contains("(?...)")) {
                            for (Long id : ids) {
                                statement.setLong(index++, id);
                            }
                        }
                        switch (kind) {
                            case "update" -> statement.executeUpdate();
                            case "check" -> {
                                try (ResultSet rs = statement.executeQuery()) {
                                    rs.next();
                                }
                            }
                            case "count" -> {
                                try (ResultSet rs = statement.executeQuery()) {
                                    rs.next();
                                    count = rs.getLong(1);
                                }
                            }
                            case "ids" -> {
                                ids = new ArrayList<>();
                                try (ResultSet rs = statement.executeQuery()) {
                                    while (rs.next()) {
                                        ids.add(rs.getLong(1));
                                    }
                                }
                            }
                            default -> {
                                json.writeStartArray("values");
                                try (ResultSet rs = statement.executeQuery()) {
                                    while (rs.next()) {
                                        fetched++;
                                        json.writeStartObject().write("id", rs.getLong(1)).write("sort_name", rs.getString(2))
                                                .write("display_name", rs.getString(3)).write("contact_type", rs.getString(4));
                                        Timestamp modified = rs.getTimestamp(5);
                                        json.write("modified_date", modified == null ? "" : modified.toString()).writeEnd();
                                    }
                                }
                                json.writeEnd();
                            }
                        }
                    }
                }
                if (write) {
                    connection.commit();
                }
                json.write("count", count == null ? fetched : count).write("countFetched", fetched).writeEnd();
            } catch (SQLException e) {
                throw new IllegalStateException(call + ": " + e.getMessage(), e);
            }
        };
    }
}
