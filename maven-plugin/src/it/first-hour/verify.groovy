import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def file = { String p -> new File(basedir, p) }
def version = file('policies/acme-privacy/versions/2024-05-01.yaml')

// Every step passed; the import went into the policy init started, whose policy.yaml it kept.
assert !log.contains('BUILD FAILURE')
assert log.count('BUILD SUCCESS') == 4
assert log.contains('[INFO] Wrote pom.xml')
assert log.contains('[INFO] Imported notice.md (markdown) as policies/acme-privacy/versions/2024-05-01.yaml')
assert file('policies/acme-privacy/policy.yaml').text.contains('  name: "Acme"')

// Adopted: published, locked, its legacy finding accepted, each said.
def text = version.getText('UTF-8')
assert text.contains('\nstatus: published\n')
def sha = MessageDigest.getInstance('SHA-256').digest(version.bytes).encodeHex().toString()
// The lock records the day of the adoption as the day of publication.
assert file('policies/acme-privacy/versions.lock').text =~ /2024-05-01 sha256:${sha} published \d{4}-\d{2}-\d{2}\n/
assert log.contains('[INFO] Adopted 2024-05-01 of acme-privacy as the version in force since 2024-05-01: status set to published in policies/acme-privacy/versions/2024-05-01.yaml')
assert log.contains("[INFO] Locked it in policies/acme-privacy/versions.lock: 2024-05-01 sha256:${sha}")
assert log =~ /\[INFO\] Baseline: added policies\/acme-privacy\/versions\/2024-05-01\.yaml:\d+:\d+: error: 'section 4\.2' .*\[xref-section-number\]/
assert log =~ /\[INFO\] Wrote \d+ accepted findings? to policy-lint-baseline\.json \(\d+ added, 0 removed\)/
assert file('policy-lint-baseline.json').text.contains('"xref-section-number"')

// The build: the legacy finding visible as accepted, nothing new, the pages written.
assert log =~ /error: 'section 4\.2' .*\[xref-section-number\] \(baselined\)/
def site = file('target/policy-site/acme-privacy')
assert new File(site, '2024-05-01/index.html').isFile()
assert new File(site, 'index.md').isFile()

// The imported words, unchanged. The notice's title gives way to the title of the policy.yaml
// init wrote, and the page puts its computed section numbers before the titles (which keep the
// source's own): so the words are compared letter-words for letter-words, and every line of the
// notice's text, numbers and all, is looked for as it is.
def md = new File(site, '2024-05-01/index.md').getText('UTF-8')
def body = md.substring(md.indexOf('\n---\n', 4) + 5).replaceAll(/<a id="[^"]*"><\/a>/, '')
def words = { String s -> (s =~ /\p{L}+/).collect { it } }
def notice = file('notice.md').getText('UTF-8')
assert words(body).drop(2) == words(notice).drop(2)
notice.readLines().findAll { it && !it.startsWith('#') && !(it =~ /^\d\.\d /) }.each { line ->
  assert md.contains(line + '\n') : line
}
// and the run-in paragraphs' text, after their titles
assert md.contains('When you sign up, we ask for your name and email, as section 4.2 explains.\n')
assert md.contains('We set cookies only with your consent (Article 6(1)(a) GDPR).\n')
return true
