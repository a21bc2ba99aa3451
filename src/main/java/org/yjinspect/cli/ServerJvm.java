package org.yjinspect.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JVM {@code yjinspect serve} runs in. A JVM's heap limit can only be set when it starts, and
 * {@code java -jar} without {@code -Xmx} allows a quarter of the machine's memory, so the server
 * then starts a child JVM with a bounded heap ({@link #childOptions}), serves from there and
 * forwards its output and exit code ({@link ServerChild}).
 */
final class ServerJvm {
    /** Replaces the default options of the server's child JVM, e.g. {@code -Xmx512m -XX:+UseG1GC}. */
    static final String JAVA_OPTS_ENV = "YJINSPECT_JAVA_OPTS";
    /**
     * Beside the heap limit: start the heap small and grow it only as needed, the serial collector
     * (the least memory beside the heap, short pauses on a heap this size, no collector threads
     * competing for a laptop's cores), caps on class metadata and compiled code, and handing freed
     * native memory back to the system every 5 s. A JVM that does not know a flag ignores it.
     */
    static final String OTHER_OPTIONS = "-XX:+IgnoreUnrecognizedVMOptions -Xms32m -XX:+UseSerialGC"
            + " -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000";
    /** Set on the child: the launcher's process id, so the child stops when the launcher is killed. */
    static final String LAUNCHER_PID = "yjinspect.launcher.pid";

    /** The flags by which a JVM's user bounds its heap; any of them set on the command line or in the environment counts. */
    private static final List<String> LIMIT_FLAGS = List.of("MaxHeapSize", "MaxRAM", "MaxRAMPercentage", "MaxRAMFraction");
    private static final List<String> LIMIT_ARGS = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM");

    private final Optional<String> limit;

    private ServerJvm(Optional<String> limit) {
        this.limit = limit;
    }

    static ServerJvm current() {
        return new ServerJvm(limitFromFlags().or(ServerJvm::limitFromArguments));
    }

    boolean heapLimitGiven() {
        return limit.isPresent();
    }

    String describeLimit() {
        return limit.orElse("none");
    }

    /**
     * The child's JVM options: {@code YJINSPECT_JAVA_OPTS} if set, else the heap limit and
     * {@link #OTHER_OPTIONS}. The system properties the launcher was given (-D...) come first.
     */
    static List<String> childOptions(String heap) {
        List<String> options = new ArrayList<>(launcherOptions());
        String replaced = System.getenv(JAVA_OPTS_ENV);
        if (replaced != null && !replaced.isBlank()) {
            options.addAll(Arrays.asList(replaced.strip().split("\\s+")));
        } else {
            options.addAll(Arrays.asList(OTHER_OPTIONS.split(" ")));
            options.add("-Xmx" + heap);
        }
        return options;
    }

    /** Runs {@code yjinspect ARGS} in a child JVM with these options; returns its exit code. */
    static int serveInChild(List<String> options, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        return new ServerChild(command).run();
    }

    /** In the child: when the launcher is gone (killed, so it could not stop us), stop too, cleanly. */
    static void stopWithLauncher() {
        String launcher = System.getProperty(LAUNCHER_PID);
        if (launcher == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(launcher)).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
        } catch (NumberFormatException e) {
            throw new InputError("-D" + LAUNCHER_PID + " must be a process id (got " + launcher + ")");
        }
    }

    private static Optional<String> limitFromFlags() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return Optional.empty();
            }
            for (String flag : LIMIT_FLAGS) {
                Optional<String> set = setByUser(hotspot, flag);
                if (set.isPresent()) {
                    return set;
                }
            }
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // not a HotSpot JVM: the command line decides
        }
    }

    private static Optional<String> setByUser(HotSpotDiagnosticMXBean hotspot, String flag) {
        try {
            VMOption option = hotspot.getVMOption(flag);
            boolean byUser = option.getOrigin() != VMOption.Origin.DEFAULT && option.getOrigin() != VMOption.Origin.ERGONOMIC;
            String shown = flag.equals("MaxHeapSize") ? "-Xmx" + (Long.parseLong(option.getValue()) >> 20) + "m"
                    : "-XX:" + flag + "=" + option.getValue();
            return byUser ? Optional.of(shown) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // this JVM has no such flag
        }
    }

    private static Optional<String> limitFromArguments() {
        return inputArguments().stream().filter(a -> LIMIT_ARGS.stream().anyMatch(a::startsWith)).findFirst();
    }

    /** The options this JVM was started with that the child should have too: system properties. */
    private static List<String> launcherOptions() {
        return inputArguments().stream().filter(a -> a.startsWith("-D") && !a.startsWith("-D" + LAUNCHER_PID + "="))
                .toList();
    }

    private static List<String> inputArguments() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }
}
