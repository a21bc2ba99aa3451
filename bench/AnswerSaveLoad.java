import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the answer-save benchmark (bench/assessment-benchmark.sh): N clients, each an
 * inspector autosaving one prompt answer after another over HTTP (PUT .../prompts/{id}, one answer
 * per request, each based on the revision the previous save returned). Each client owns its own
 * case and prompt, as inspectors on different cases do; "--shared-case" puts all clients on the
 * prompts of a few cases. Prints saves per second and latency percentiles.
 *
 *   java bench/AnswerSaveLoad.java URL CASELOAD_CSV CLIENTS WARMUP_SECONDS MEASURE_SECONDS [--shared-case]
 *   java bench/AnswerSaveLoad.java URL CASELOAD_CSV CLIENTS --paths|--paths-shared-case FILE
 * The second form only sets up an inspection and writes 2 x CLIENTS distinct prompt paths, one
 * per line, for wrk (bench/answer-saves.lua): the first CLIENTS to measure, the rest to warm up;
 * spread over all court cases, or (shared case) over the prompts of five cases.
 * Every request carries {@code Authorization: Bearer $YJINSPECT_TOKEN}: a personal access token
 * (yjinspect token create) of the account that creates the inspection, and so leads it.
 */
public class AnswerSaveLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern SAMPLE_CASE = Pattern.compile("\"sampleCaseId\"\\s*:\\s*(\\d+)[^}]*\"caseType\"\\s*:\\s*\"court_disposal\"");
    private static final Pattern REVISION = Pattern.compile("\"saved\"\\s*:\\s*\\{[^}]*?\"revision\"\\s*:\\s*(\\d+)");
    private static final String[] PROMPTS = {"2.1.desistance.a", "2.1.desistance.b", "2.1.desistance.c",
        "2.1.desistance.d", "2.1.desistance.e", "2.1.desistance.f", "2.1.desistance.g", "2.1.child-safety.a",
        "2.1.child-safety.b", "2.1.child-safety.c", "2.1.others-safety.a", "2.1.others-safety.b", "2.1.others-safety.c",
        "2.2.desistance.a", "2.2.desistance.b", "2.2.desistance.c", "2.2.desistance.d", "2.2.desistance.e",
        "2.3.desistance.a", "2.3.desistance.b", "2.3.desistance.c", "2.3.desistance.d", "2.3.desistance.e"};

    private static final String TOKEN = System.getenv("YJINSPECT_TOKEN");

    public static void main(String[] args) throws Exception {
        if (TOKEN == null || TOKEN.isBlank()) {
            System.err.println("set YJINSPECT_TOKEN to a personal access token: yjinspect token create --user USER"
                    + " --name benchmark (bench/assessment-benchmark.sh makes one)");
            System.exit(2);
        }
        String url = args[0];
        int clients = Integer.parseInt(args[2]);
        if (args[3].startsWith("--paths")) {
            writePaths(args[0], Path.of(args[1]), clients, Path.of(args[4]), args[3].equals("--paths-shared-case"));
            return;
        }
        int warmup = Integer.parseInt(args[3]);
        int measure = Integer.parseInt(args[4]);
        boolean sharedCase = args.length > 5 && args[5].equals("--shared-case");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long inspection = setUp(http, url, Path.of(args[1]));
        List<Long> cases = courtCases(http, url, inspection);
        System.out.println("inspection " + inspection + ": " + cases.size() + " court cases in the sample, " + clients
                + " clients" + (sharedCase ? " on the prompts of " + Math.min(3, cases.size()) + " cases" : ", each on its own case and prompt"));

        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long sampleCase = sharedCase ? cases.get(c % Math.min(3, cases.size())) : cases.get(c % cases.size());
            String prompt = PROMPTS[sharedCase ? c / Math.min(3, cases.size()) % PROMPTS.length : c / cases.size() % PROMPTS.length];
            String path = url + "/api/inspections/" + inspection + "/assessments/" + sampleCase + "/prompts/" + prompt;
            long[] mine = new long[200_000];
            latencies.add(mine);
            int client = c;
            Thread t = new Thread(() -> {
                int revision = 0;
                int n = 0;
                try {
                    for (int i = 0; running.get(); i++) {
                        String body = "{\"answer\": \"" + (i % 2 == 0 ? "yes" : "no") + "\", \"baseRevision\": " + revision + "}";
                        HttpRequest request = HttpRequest.newBuilder(URI.create(path)).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + TOKEN).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        Matcher m = REVISION.matcher(response.body());
                        if (response.statusCode() != 200 || !m.find()) {
                            errors.incrementAndGet();
                            Matcher current = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)").matcher(response.body());
                            revision = current.find() ? Integer.parseInt(current.group(1)) : revision;
                            continue;
                        }
                        revision = Integer.parseInt(m.group(1));
                        if (measuring.get() && n < mine.length) {
                            mine[n++] = took;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("client " + client + ": " + e);
                } finally {
                    mine[mine.length - 1] = n;
                    finished.countDown();
                }
            });
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(measure * 1000L);
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        finished.await();
        report(latencies, seconds, errors.get());
    }

    private static void writePaths(String url, Path csv, int clients, Path file, boolean shared) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long inspection = setUp(http, url, csv);
        List<Long> cases = courtCases(http, url, inspection);
        if (shared) {
            cases = cases.subList(0, 5);
        }
        StringBuilder paths = new StringBuilder();
        for (int c = 0; c < 2 * clients; c++) {
            paths.append("/api/inspections/").append(inspection).append("/assessments/").append(cases.get(c % cases.size()))
                    .append("/prompts/").append(PROMPTS[c / cases.size() % PROMPTS.length]).append('\n');
        }
        Files.writeString(file, paths);
        System.out.println("inspection " + inspection + ": " + cases.size() + " court cases; " + 2 * clients
                + " distinct prompt records written to " + file);
    }

    private static void report(List<long[]> latencies, double seconds, long errors) {
        int total = latencies.stream().mapToInt(l -> (int) l[l.length - 1]).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        System.out.printf("answer saves: %d in %.1f s = %.0f saves/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " refused or failed: %d%n", total, seconds, total / seconds, pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long setUp(HttpClient http, String url, Path csv) throws Exception {
        String created = send(http, "POST", url + "/api/inspections", "{\"serviceName\": \"Benchmark YJS\","
                + " \"kind\": \"inspection\", \"frameworkVersion\": \"2021\", \"announcementDate\": \"2024-10-14\","
                + " \"fieldworkStart\": \"2024-11-04\", \"fieldworkEnd\": \"2024-11-08\"}", "application/json");
        Matcher id = ID.matcher(created);
        id.find();
        long inspection = Long.parseLong(id.group(1));
        send(http, "PUT", url + "/api/inspections/" + inspection + "/caseload", Files.readString(csv), "text/csv");
        send(http, "POST", url + "/api/inspections/" + inspection + "/sample", "{\"seed\": 42}", "application/json");
        return inspection;
    }

    private static List<Long> courtCases(HttpClient http, String url, long inspection) throws Exception {
        String list = send(http, "GET", url + "/api/inspections/" + inspection + "/assessments", null, null);
        List<Long> cases = new ArrayList<>();
        Matcher m = SAMPLE_CASE.matcher(list);
        while (m.find()) {
            cases.add(Long.parseLong(m.group(1)));
        }
        return cases;
    }

    private static String send(HttpClient http, String method, String url, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.header("Authorization", "Bearer " + TOKEN);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
