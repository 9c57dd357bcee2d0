package org.newsroom.wpimport;

import org.newsroom.wpimport.platform.PlatformClient;
import org.newsroom.wpimport.platform.PlatformUnavailable;
import org.newsroom.wpimport.wxr.InvalidExport;
import org.newsroom.wpimport.wxr.WxrReader;
import org.newsroom.wpimport.wxr.WxrSite;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar wordpress-import.jar FILE.xml}: checks the whole file, signs in at
 * {@code GATEWAY_URL} as admin, imports, prints the summary. Exit codes: 0 done, 1 usage or
 * unreadable file, 2 not a valid export (nothing imported), 3 the platform failed (run it again to go on).
 */
public final class ImportCommand {

    static final int DONE = 0;
    static final int USAGE = 1;
    static final int INVALID_EXPORT = 2;
    static final int PLATFORM_FAILED = 3;
    private static final long PROGRESS_INTERVAL_NANOS = 5_000_000_000L;

    private ImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: import FILE.xml   (a WordPress export; GATEWAY_URL, ADMIN_PASSWORD or DATA_DIR from the environment)");
            return USAGE;
        }
        Path file = Path.of(args[0]);
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            err.println("import: cannot read " + file);
            return USAGE;
        }
        try {
            WxrSite site = WxrReader.validate(file);
            out.println("Importing " + file + ": WXR " + site.wxrVersion() + " of " + site.siteUrl() + ", " + site.items()
                    + " items, " + site.comments() + " comments");
            String gateway = env.getOrDefault("GATEWAY_URL", "http://localhost:8080");
            PlatformClient platform = PlatformClient.signIn(gateway, adminPassword(env));
            ImportReport report = new ImportReport();
            Progress progress = new Progress(err, site.items(), site.comments(), System::nanoTime, PROGRESS_INTERVAL_NANOS);
            WordPressImport importer = new WordPressImport(platform, site.siteUrl(), report, err);
            try {
                WxrReader.read(file, item -> {
                    try {
                        importer.item(item);
                    } catch (PlatformUnavailable e) {
                        throw new Stopped(e);
                    }
                    progress.itemDone(report.commentsSeen());
                });
            } catch (Stopped stopped) {
                report.print(out, site.comments());
                throw stopped.reason;
            }
            report.print(out, site.comments());
            out.printf("Done in %.1f s.%n", progress.secondsSoFar());
            return DONE;
        } catch (InvalidExport e) {
            err.println("import: " + file + " was not imported: " + e.getMessage());
            return INVALID_EXPORT;
        } catch (PlatformUnavailable e) {
            err.println("import: stopped: " + e.getMessage());
            return PLATFORM_FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println("import: cannot read " + file + ": " + e.getMessage());
            return USAGE;
        }
    }

    private static String adminPassword(Map<String, String> env) throws PlatformUnavailable {
        String password = env.get("ADMIN_PASSWORD");
        if (password != null && !password.isBlank()) {
            return password;
        }
        Path generated = Path.of(env.getOrDefault("DATA_DIR", "./data")).resolve("admin-password");
        try {
            return Files.readString(generated).strip();
        } catch (IOException e) {
            throw new PlatformUnavailable("no admin password: set ADMIN_PASSWORD, or DATA_DIR to where the platform wrote admin-password ("
                    + generated + " cannot be read)");
        }
    }

    /** Carries a platform failure out of the reader's callback. */
    private static final class Stopped extends RuntimeException {
        private final PlatformUnavailable reason;

        Stopped(PlatformUnavailable reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
