package dev.policyascode.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.render.RegisterRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV records read back with a CSV parser: every row and every column holds what the register
 * holds, the file is what spreadsheets need (byte order mark, CRLF), and no cell runs as a formula.
 */
class RegisterCsvTest {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path out;

  @Test
  void qucitRecordsReadBackCellByCell() throws IOException {
    LintReport report = Linter.builder().displayRoot(REPO).build().lint(REPO.resolve("policies"));
    Policy policy = report.policies().get(0);
    PolicyVersion latest = policy.latestPublished().orElseThrow();
    RegisterRenderer.withTemplates(null).render(report.policies(), out);
    RecordBuilder builder = new RecordBuilder(policy, latest, Labels.english());

    Register controller = builder.controller();
    assertEquals(
        latest.registers().activities().stream().map(a -> a.id()).toList(),
        controller.rows().stream().map(Register.Row::id).toList());
    readsBack(out.resolve(policy.id() + "/register.csv"), controller);

    Register processor = builder.processor();
    assertEquals(
        latest.registers().processorActivities().stream().map(a -> a.id()).toList(),
        processor.rows().stream().map(Register.Row::id).toList());
    readsBack(out.resolve(policy.id() + "/processor-register.csv"), processor);
  }

  @Test
  void everyArt30ParagraphOneHasItsColumnInTheArticlesOrder() {
    LintReport report = Linter.builder().displayRoot(REPO).build().lint(REPO.resolve("policies"));
    Policy policy = report.policies().get(0);
    Register r =
        new RecordBuilder(policy, policy.latestPublished().orElseThrow(), Labels.english())
            .controller();
    List<String> items = new ArrayList<>();
    for (String h : r.headers()) if (h.startsWith("Art. 30(1)(")) items.add(h.substring(11, 12));
    assertEquals(List.of("a", "b", "c", "c", "d", "e", "f", "g"), items);
  }

  /** The file's bytes: BOM, CRLF after every record, and the cells of {@code register}. */
  static void readsBack(Path file, Register register) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertTrue(text.endsWith("\r\n"), "every record ends with CRLF");
    assertFalse(text.replace("\r\n", "").contains("\r"), "no carriage return but in CRLF");

    List<CSVRecord> records;
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      records = parser.getRecords();
    }
    assertEquals(register.rows().size() + 1, records.size(), "a header and one row per activity");
    List<String> header = new ArrayList<>();
    header.add("Id");
    header.addAll(register.headers());
    header.add("Built from version");
    header.add("Effective date of that version");
    assertEquals(header.stream().map(RegisterCsv::cell).toList(), records.get(0).toList());
    for (int i = 0; i < register.rows().size(); i++) {
      Register.Row row = register.rows().get(i);
      List<String> expected = new ArrayList<>();
      expected.add(row.id());
      expected.add(row.name());
      row.cells().forEach(lines -> expected.add(String.join("\n", lines)));
      expected.add(register.versionId());
      expected.add(register.effective().toString());
      assertEquals(
          expected.stream().map(RegisterCsv::cell).toList(),
          records.get(i + 1).toList(),
          "row " + row.id());
      for (String cell : records.get(i + 1).toList()) assertNotAFormula(cell);
    }
  }

  static void assertNotAFormula(String cell) {
    assertFalse(
        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
        "a cell a spreadsheet would run as a formula: " + cell);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://evil.example\";\"click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1"
      })
  void aCellThatWouldRunAsAFormulaIsQuoted(String value) throws IOException {
    assertEquals("'" + value, RegisterCsv.cell(value));
    Register register =
        new Register(
            Register.Kind.CONTROLLER,
            "Record",
            "Example",
            "v1",
            LocalDate.of(2024, 1, 1),
            List.of("Processing activity", "Art. 30(1)(b) Purposes"),
            List.of(new Register.Row("a", value, List.of(List.of(value, "safe")), List.of())));
    String text =
        new String(RegisterCsv.write(register, Labels.english()), StandardCharsets.UTF_8)
            .substring(1);
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      CSVRecord row = parser.getRecords().get(1);
      assertEquals("'" + value, row.get(1));
      assertEquals("'" + value + "\nsafe", row.get(2));
      row.toList().forEach(RegisterCsvTest::assertNotAFormula);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Email", "", "a=b", "1-2", "'quoted", " =1", "Ünïcode"})
  void anOrdinaryCellIsLeftAsItIs(String value) {
    assertEquals(value, RegisterCsv.cell(value));
  }

  /** The built-in English words, as the renderer reads them. */
  static final class Labels {
    static Map<String, String> english() {
      java.util.Properties p = new java.util.Properties();
      try (var in =
          RegisterCsvTest.class
              .getClassLoader()
              .getResourceAsStream("policy-templates/labels.properties")) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Map<String, String> m = new java.util.TreeMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
      return m;
    }
  }
}
