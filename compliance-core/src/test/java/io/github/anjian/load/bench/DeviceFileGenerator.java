package io.github.anjian.load.bench;

/** Writes a valid fact file with N devices, for the loader benchmark. */
public final class DeviceFileGenerator {
    private DeviceFileGenerator() {
    }

    /** A YAML fact file with {@code n} devices of varied, realistic keys. */
    public static String yaml(int n) {
        StringBuilder sb = new StringBuilder(n * 420);
        sb.append("schema: anjian/v1\n");
        sb.append("organization: { id: org, name: Bench Bureau, asOf: 2025-12-31 }\n");
        sb.append("people:\n");
        for (int p = 0; p < 100; p++) {
            sb.append("  - { id: p").append(p).append(", name: Person ").append(p).append(", role: staff }\n");
        }
        sb.append("systems:\n  - { id: s1, kind: office }\n  - { id: s2, kind: business }\n");
        sb.append("devices:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - id: d-").append(i).append('\n')
                    .append("    kind: ").append(i % 7 == 0 ? "server" : "terminal").append('\n')
                    .append("    user: p").append(i % 100).append('\n')
                    .append("    managed: ").append(i % 3 != 0).append('\n')
                    .append("    internetConnected: true\n")
                    .append("    password: { set: true, lastChanged: 2025-0").append(1 + i % 9).append("-1")
                    .append(i % 9).append(", changeFrequency: quarterly }\n")
                    .append("    network: { staticIp: true, macBound: ").append(i % 2 == 0).append(" }\n")
                    .append("    antivirus: { installed: true, signatureDate: 2025-12-0").append(1 + i % 9)
                    .append(", autoUpdate: true }\n")
                    .append("    realNameRegistered: true\n")
                    .append("    autoLockMinutes: ").append(5 + i % 10).append('\n')
                    .append("    cpu: { vendor: Vendor ").append(i % 5).append(", domestic: ").append(i % 4 == 0).append(" }\n")
                    .append("    os: { name: Windows 10, domestic: false, lastPatched: 2025-11-2").append(i % 9).append(" }\n")
                    .append("    systems: [s").append(1 + i % 2).append("]\n")
                    .append("    scans:\n      - { kind: malware, date: 2025-10-0").append(1 + i % 9).append(" }\n");
        }
        return sb.toString();
    }
}
