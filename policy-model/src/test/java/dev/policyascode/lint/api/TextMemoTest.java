package dev.policyascode.lint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo's per-text tables keep what {@link TextMemo#get} promised of one large map. */
class TextMemoTest {

  @Test
  void aValueIsComputedOncePerKindAndText() {
    TextMemo memo = new TextMemo();
    AtomicInteger computed = new AtomicInteger();
    String a = new String("some text");
    String b = new String("some text");
    Object first = memo.get(String.class, a, () -> "v" + computed.incrementAndGet());
    assertSame(first, memo.get(String.class, b, () -> "v" + computed.incrementAndGet()));
    assertEquals("v2", memo.get(Integer.class, b, () -> "v" + computed.incrementAndGet()));
    assertEquals("v3", memo.get(String.class, "other", () -> "v" + computed.incrementAndGet()));
    // equal texts are one String, and equal kinds one kind
    assertSame(memo.text(a).text(), memo.text(b).text());
    assertSame(memo.text(a), memo.text(b));
    assertEquals("v4", memo.get(TextMemo.kind(Integer.class, 1), a, () -> "v4"));
    assertSame(
        memo.get(TextMemo.kind(Integer.class, 1), b, () -> "no"),
        memo.get(TextMemo.kind(Integer.class, 1), a, () -> "no"));
  }

  @Test
  void aTextHoldsManyKinds() {
    TextMemo memo = new TextMemo();
    TextMemo.Text text = memo.text("a text");
    for (int i = 0; i < 500; i++) {
      int n = i;
      assertEquals(n, text.get(TextMemo.kind("kind", n), () -> n));
    }
    for (int i = 0; i < 500; i++) {
      assertEquals(i, text.get(TextMemo.kind("kind", i), () -> -1));
    }
    assertEquals(501, memo.size());
  }

  @Test
  void whatIsNoLongerAskedForIsLetGo() {
    // each generation takes in about seven texts and their values
    TextMemo memo = new TextMemo(1000);
    Object kept = memo.get(String.class, "kept", () -> new Object());
    Object gone = memo.get(Integer.class, "kept", () -> new Object());
    Object other = memo.get(String.class, "other", () -> new Object());
    for (int i = 0; i < 100; i++) {
      int n = i;
      memo.get(String.class, "filler " + i, () -> n);
      assertSame(kept, memo.get(String.class, "kept", () -> new Object()));
    }
    assertNotSame(gone, memo.get(Integer.class, "kept", () -> new Object()));
    assertNotSame(other, memo.get(String.class, "other", () -> new Object()));
    assertEquals(true, memo.size() < 60, "memo holds " + memo.size());
  }

  @Test
  void threadsThatMissTogetherReturnTheFirstKept() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 50; round++) {
        TextMemo memo = new TextMemo();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object>>> got = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          got.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<Object> values = new ArrayList<>();
                    for (int k = 0; k < 40; k++) {
                      values.add(memo.get(TextMemo.kind(k), "text", Object::new));
                    }
                    values.add(memo.canonical(List.of("same"), 4));
                    return values;
                  }));
        }
        start.countDown();
        List<Object> first = got.get(0).get();
        for (Future<List<Object>> f : got) {
          List<Object> values = f.get();
          for (int k = 0; k < values.size(); k++) assertSame(first.get(k), values.get(k));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aValueKeptWhileTheTextTurnedOverIsTheOneReturned() {
    // a small memo: the text and one value fill its young generation, which then grows old
    TextMemo memo = new TextMemo(100);
    TextMemo.Text text = memo.text("x");
    Object first = new Object();
    Object late =
        text.get(
            Integer.class,
            () -> {
              // as if another thread kept its value, and the text then moved back into the new
              // young generation, while this one was still computing
              assertSame(first, text.get(Integer.class, () -> first));
              assertSame(text, memo.text("x"));
              return new Object();
            });
    assertSame(first, late);
    assertSame(first, text.get(Integer.class, () -> new Object()));
  }

  @Test
  void canonicalReturnsTheFirstEqualValue() {
    TextMemo memo = new TextMemo();
    List<String> a = new ArrayList<>(List.of("x"));
    List<String> b = new ArrayList<>(List.of("x"));
    assertSame(a, memo.canonical(a, 1));
    assertSame(a, memo.canonical(b, 1));
  }
}
