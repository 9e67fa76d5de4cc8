package dev.policyascode.register;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A record of processing as CSV for spreadsheets: RFC 4180 (commas, CRLF between records, double
 * quotes), every field quoted, UTF-8 with a byte order mark so that spreadsheets read it as UTF-8,
 * a header row, and the lines of a cell separated by line feeds inside its quotes. The version and
 * effective date it was built from are the last two columns of every row, so that a row copied
 * elsewhere still says where it comes from.
 *
 * <p>No cell can run as a formula: one that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a single quote in front (OWASP, CSV injection), which
 * spreadsheets show as text.
 */
public final class RegisterCsv {

  static final String BOM = "\uFEFF";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  private RegisterCsv() {}

  /** The CSV file's bytes. */
  public static byte[] write(Register register, Map<String, String> labels) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      List<String> header = new ArrayList<>();
      header.add(labels.get("register.id"));
      header.addAll(register.headers());
      header.add(labels.get("register.version"));
      header.add(labels.get("register.versionEffective"));
      csv.printRecord(header.stream().map(RegisterCsv::cell).toList());
      for (Register.Row row : register.rows()) {
        List<String> record = new ArrayList<>();
        record.add(row.id());
        record.add(row.name());
        row.cells().forEach(lines -> record.add(String.join("\n", lines)));
        record.add(register.versionId());
        record.add(register.effective().toString());
        csv.printRecord(record.stream().map(RegisterCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The text of a cell, made inert where a spreadsheet would read it as a formula. */
  static String cell(String text) {
    if (text.isEmpty()) return text;
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + text : text;
  }
}
