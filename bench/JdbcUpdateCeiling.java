import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.yjinspect.platform.db.Database;
import org.yjinspect.platform.db.DatabaseConfig;

/**
 * The ceiling for the answer-save benchmark: bare JDBC single-row UPDATEs, each its own committed
 * transaction, against yjinspect's own embedded PostgreSQL (same settings: fsync and synchronous
 * commit on) on this machine. N threads, each with its own connection and its own row.
 *
 *   java -cp target/classes:$(cat target/cp.txt) bench/JdbcUpdateCeiling.java DATA_DIR THREADS WARMUP_S MEASURE_S
 */
public class JdbcUpdateCeiling {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        try (Database database = Database.open(new DatabaseConfig.Embedded(Path.of(args[0])))) {
            String url;
            try (Connection c = database.dataSource().getConnection()) {
                url = c.getMetaData().getURL();
                try (Statement s = c.createStatement()) {
                    s.execute("create table if not exists bench_row (id int primary key, n bigint not null)");
                    s.execute("insert into bench_row select g, 0 from generate_series(1, " + threads + ") g on conflict do nothing");
                }
            }
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            List<long[]> latencies = new ArrayList<>();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long[] mine = new long[500_000];
                latencies.add(mine);
                int row = t + 1;
                Thread worker = new Thread(() -> {
                    int n = 0;
                    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                         PreparedStatement update = c.prepareStatement("update bench_row set n = n + 1 where id = ?")) {
                        c.setAutoCommit(true);
                        update.setInt(1, row);
                        while (running.get()) {
                            long start = System.nanoTime();
                            update.executeUpdate();
                            long took = System.nanoTime() - start;
                            if (measuring.get() && n < mine.length - 1) {
                                mine[n++] = took;
                            }
                        }
                    } catch (Exception e) {
                        System.err.println(e);
                    } finally {
                        mine[mine.length - 1] = n;
                    }
                });
                workers.add(worker);
                worker.start();
            }
            Thread.sleep(warmup * 1000L);
            measuring.set(true);
            long start = System.nanoTime();
            Thread.sleep(measure * 1000L);
            measuring.set(false);
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            for (Thread w : workers) {
                w.join();
            }
            int total = latencies.stream().mapToInt(l -> (int) l[l.length - 1]).sum();
            long[] all = new long[total];
            int at = 0;
            for (long[] l : latencies) {
                System.arraycopy(l, 0, all, at, (int) l[l.length - 1]);
                at += (int) l[l.length - 1];
            }
            Arrays.sort(all);
            System.out.printf("bare JDBC single-row UPDATE (autocommit), %d connections: %d in %.1f s = %.0f updates/s;"
                    + " latency p50 %.2f ms, p99 %.2f ms%n", threads, total, seconds, total / seconds,
                    pct(all, 0.5), pct(all, 0.99));
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
