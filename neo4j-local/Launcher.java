/*
 * A local Neo4j 5 Community server from Maven Central's jars, for the test suite and for
 * users without Docker: the real database engine with its Bolt connector and its HTTP
 * connector (Neo4j Browser at /browser), bound to 127.0.0.1 only, authentication on.
 *
 * Run with no build step (APOC's jars on the class path too, for its extension factory):
 *   java -cp 'lib/*:plugins/*' Launcher.java --data DIR --plugins DIR --bolt-port N --http-port N [--page-cache-mb N]
 * The password of the `neo4j` user comes from ACTORGRAPH_NEO4J_PASSWORD (8 characters or more).
 * Prints one line "READY bolt://127.0.0.1:N http://127.0.0.1:N" once Bolt answers, and shuts
 * the database down cleanly on SIGTERM or Ctrl-C.
 */

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path data = Path.of(opts.getOrDefault("--data", "neo4j-local/data")).toAbsolutePath();
        int boltPort = Integer.parseInt(opts.getOrDefault("--bolt-port", "7687"));
        int httpPort = Integer.parseInt(opts.getOrDefault("--http-port", "7474"));
        Path plugins = Path.of(opts.getOrDefault("--plugins", "neo4j-local/plugins")).toAbsolutePath();
        long pageCacheMb = Long.parseLong(opts.getOrDefault("--page-cache-mb", "256"));
        String password = System.getenv("ACTORGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("ACTORGRAPH_NEO4J_PASSWORD must be set to 8 characters or more");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", httpPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        setPassword(dbms, password);
        System.out.printf("READY bolt://127.0.0.1:%d http://127.0.0.1:%d%n", boltPort, httpPort);
        System.out.flush();
        stopped.await();
    }

    /** Give the `neo4j` user the configured password; a data folder that has it already keeps it. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the password a user already has: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opts.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
        }
        return opts;
    }
}
