package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Cookie;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.Registers;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A third-party cookie whose third party the notice does not name among its recipients: the
 * cookie's {@code recipient} is missing, or names no recipient. Whoever reads a cookie receives the
 * data it holds, so the notice must name it (Art. 13(1)(e)), and the person must know who the
 * consent is given to. An id that matches nothing is also {@code schema-unknown-ref}'s; here the
 * message says what the cookie table lacks. A first-party cookie that names a recipient is a
 * contradiction too.
 */
public final class CookiesThirdParty extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "cookies-third-party",
          "cookies",
          Severity.ERROR,
          "A third-party cookie whose third party is not a listed recipient",
          "Art. 13(1)(e) GDPR (the recipients of the data) and Art. 5(3) of the ePrivacy"
              + " Directive (clear and comprehensive information on the cookie)");

  public CookiesThirdParty() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    Registers r = context.version().registers();
    Set<String> recipients = r.recipients().stream().map(Recipient::id).collect(Collectors.toSet());
    for (Cookie c : r.cookies()) {
      if (!c.thirdParty()) {
        c.recipient()
            .ifPresent(
                ref ->
                    report.accept(
                        Finding.of(
                            META,
                            ref.at(),
                            "the cookie '"
                                + c.name()
                                + "' is first-party but names the recipient '"
                                + ref.id()
                                + "'; write party: third if that recipient sets or reads it, or"
                                + " remove recipient")));
      } else if (c.recipient().isEmpty()) {
        report.accept(
            Finding.of(
                META,
                c.at("party"),
                "the third-party cookie '"
                    + c.name()
                    + "' does not say whose it is; add recipient: with the id of the recipient"
                    + " that sets or reads it, and list that recipient under recipients"));
      } else if (!recipients.contains(c.recipient().get().id())) {
        report.accept(
            Finding.of(
                META,
                c.recipient().get().at(),
                "the third-party cookie '"
                    + c.name()
                    + "' is set or read by '"
                    + c.recipient().get().id()
                    + "', which is not a listed recipient; list it under recipients so that the"
                    + " notice names who receives the data"));
      }
    }
  }
}
