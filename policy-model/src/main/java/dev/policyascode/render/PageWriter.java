package dev.policyascode.render;

import java.io.Writer;

/**
 * Where a template writes its page: a {@link StringBuilder}, unsynchronised, sized for the page. A
 * {@link java.io.StringWriter} takes a lock on every write (FreeMarker writes each value and each
 * escaped run apart: thousands per page) and grows from 16 characters, copying the page at every
 * doubling. One per page, on one thread.
 */
final class PageWriter extends Writer {

  private final StringBuilder sb;

  PageWriter(int capacity) {
    sb = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    sb.append((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    sb.append(chars, off, len);
  }

  @Override
  public void write(String s) {
    sb.append(s);
  }

  @Override
  public void write(String s, int off, int len) {
    sb.append(s, off, off + len);
  }

  @Override
  public Writer append(CharSequence s) {
    sb.append(s);
    return this;
  }

  @Override
  public Writer append(CharSequence s, int start, int end) {
    sb.append(s, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    sb.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** How many characters were written. */
  int length() {
    return sb.length();
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
