package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/conformance.md is what an operator or a certifier reads to learn which OCPP test case which test replays:
 * every test it names must exist, and an OCPP 2.0.1 case must have one row, not two.
 */
class ConformanceTableTest {
    private static final Path DOC = Path.of("..", "docs", "conformance.md");
    /** A test method named in a row: `TC_E_01_CSMS_...`, `H03_...` or a lower-camel-case name. */
    private static final Pattern TEST_NAME = Pattern.compile("`((?:TC_|[A-Z]\\d\\d_)[A-Za-z0-9_]+|[a-z][A-Za-z0-9]{15,})`");
    private static final Pattern CASE_201 = Pattern.compile("^\\| (TC_[A-P]_\\d\\d_CSMS) \\|", Pattern.MULTILINE);
    /** Placeholders the prose uses for the id patterns themselves. */
    private static final Set<String> NOT_TESTS = Set.of("TC_X_nn_CSMS", "TC_nnn_CSMS");

    @Test
    void everyTestTheTableNamesExists() throws IOException {
        String doc = Files.readString(DOC);
        String sources = testSources();

        List<String> missing = new ArrayList<>();
        Matcher names = TEST_NAME.matcher(doc);
        while (names.find()) {
            String name = names.group(1);
            if (!NOT_TESTS.contains(name) && !name.endsWith("...")
                    && !Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(sources).find()) {
                missing.add(name);
            }
        }
        assertThat(missing).as("tests named in docs/conformance.md that no test source defines").isEmpty();
    }

    @Test
    void everyOcpp201CaseHasOneRow() throws IOException {
        String doc = Files.readString(DOC);
        String section = doc.substring(doc.indexOf("# OCPP 2.0.1 conformance"));

        List<String> ids = new ArrayList<>();
        Matcher rows = CASE_201.matcher(section);
        while (rows.find()) {
            ids.add(rows.group(1));
        }
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(new TreeSet<>(ids)).contains("TC_A_01_CSMS", "TC_K_70_CSMS", "TC_N_63_CSMS", "TC_P_03_CSMS");
    }

    /** The test code of every module and of the console, where the named tests live. */
    private static String testSources() throws IOException {
        StringBuilder all = new StringBuilder();
        Files.walkFileTree(Path.of(".."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return Set.of("node_modules", "target", ".git").contains(name) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (isTestSource(file)) {
                    all.append(Files.readString(file)).append('\n');
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return all.toString();
    }

    private static boolean isTestSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/src/test/") && path.endsWith(".java")
                || path.contains("/web/src/") && path.endsWith(".test.tsx") || path.contains("/web/e2e/");
    }
}
