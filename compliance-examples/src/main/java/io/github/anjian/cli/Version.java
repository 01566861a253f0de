package io.github.anjian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version from the jar's filtered {@code version.properties}; builds nothing, touches no rules. */
final class Version implements CommandLine.IVersionProvider {

    static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"anjian " + get() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
