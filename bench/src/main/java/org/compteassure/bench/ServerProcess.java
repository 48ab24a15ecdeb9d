package org.compteassure.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The WildFly process the benchmarks measure, and CPU counters read from Linux's /proc. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** The only process running jboss-modules.jar (WildFly), or 0 when there is none or several. */
    static long find() {
        List<Long> servers = servers().map(ProcessHandle::pid).toList();
        return servers.size() == 1 ? servers.get(0) : 0;
    }

    /**
     * The WildFly that serves this address: the only one, or among several (other builds' servers on the same
     * machine) the only one whose port offset puts its HTTP listener on the address's port; 0 when not known.
     */
    static long find(URI url) {
        long only = find();
        if (only > 0 || url.getPort() < 0) {
            return only;
        }
        String offset = "-Djboss.socket.binding.port-offset=" + (url.getPort() - 8080) + " ";
        List<Long> servers = servers().filter(p -> p.info().commandLine().orElse("").concat(" ").contains(offset))
                .map(ProcessHandle::pid).toList();
        return servers.size() == 1 ? servers.get(0) : 0;
    }

    private static Stream<ProcessHandle> servers() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false));
    }

    /** User + system CPU of a process in milliseconds (clock ticks of 10 ms), or -1 when it cannot be read. */
    static long cpuMillis(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            return statCpuMillis(Path.of("/proc/" + pid + "/stat"));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU used so far by each of the process's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"), in
     * milliseconds by thread id, or null when it cannot be read. By thread, because HotSpot ends idle compiler threads
     * and their CPU leaves the process total with them.
     */
    static Map<String, Long> compilerCpuMillis(long pid) {
        if (pid <= 0) {
            return null;
        }
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            Map<String, Long> cpu = new HashMap<>();
            for (Path thread : threads.toList()) {
                try {
                    if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        cpu.put(thread.getFileName().toString(), statCpuMillis(thread.resolve("stat")));
                    }
                } catch (IOException ended) {
                    // the thread ended between the listing and the reading
                }
            }
            return cpu;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The compiler CPU between two readings of {@link #compilerCpuMillis}; a thread that ended in between is lost. */
    static long compilerCpuBetween(Map<String, Long> from, Map<String, Long> to) {
        return to.entrySet().stream().mapToLong(e -> e.getValue() - from.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** utime + stime of a /proc stat file, in milliseconds (clock ticks of 10 ms). */
    private static long statCpuMillis(Path stat) throws IOException {
        String line = Files.readString(stat);
        // The command name may hold spaces: fields are counted after its closing parenthesis (field 3 on).
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
        return (Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3])) * 10;
    }

    /** Total and idle (idle + iowait) ticks of the whole machine from /proc/stat, or null off Linux. */
    static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The 1-, 5- and 15-minute load averages (/proc/loadavg), or "?" off Linux: other builds share the machine. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
