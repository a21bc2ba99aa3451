package org.yjinspect.platform.db;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;

/** What an executable's first bytes say it was built for: ELF, PE (Windows) or Mach-O (macOS, fat or thin). */
final class ExecutableHeader {
    private ExecutableHeader() {
    }

    static Set<String> builtFor(byte[] head) {
        ByteBuffer little = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer big = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
        Set<String> built = new HashSet<>();
        if (big.getInt(0) == 0x7F454C46) {
            built.add("ELF " + elfMachine(little.getShort(18)));
        } else if (little.getShort(0) == 0x5A4D) {
            int pe = little.getInt(0x3C);
            built.add("PE " + (little.getInt(pe) == 0x4550 && little.getShort(pe + 4) == (short) 0x8664 ? "x86-64" : "other"));
        } else if (big.getInt(0) == 0xCAFEBABE) {
            for (int i = 0; i < big.getInt(4); i++) {
                built.add("Mach-O " + machCpu(big.getInt(8 + 20 * i)));
            }
        } else if (little.getInt(0) == 0xFEEDFACF) {
            built.add("Mach-O " + machCpu(little.getInt(4)));
        }
        return built;
    }

    private static String elfMachine(short machine) {
        return switch (machine) {
            case 0x3E -> "x86-64";
            case 0xB7 -> "aarch64";
            default -> "machine " + machine;
        };
    }

    private static String machCpu(int cpu) {
        return switch (cpu) {
            case 0x01000007 -> "x86-64";
            case 0x0100000C -> "arm64";
            default -> "cpu " + Integer.toHexString(cpu);
        };
    }
}
