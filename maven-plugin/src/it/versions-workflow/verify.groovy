import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def policy = new File(basedir, 'sample-privacy')
def v2025 = new File(policy, 'versions/2025-01-01.yaml')
def v2026 = new File(policy, 'versions/2026-01-01.yaml')
def lock = new File(policy, 'versions.lock').text

// 1: refused, naming the version.
assert log.contains('The version 2024-01-01 of sample-privacy is already published; nothing was changed.')

// 2: only the status word changed; the comments, the trailing comment of the status line and the
// text stayed as they were.
assert log.contains('[INFO] Published 2025-01-01 of sample-privacy, effective 2025-01-01: status set to published in sample-privacy/versions/2025-01-01.yaml')
def text = v2025.getText('UTF-8')
assert text.startsWith('# A comment that publishing must keep, as every other byte of the file.\n')
assert text.contains('\nstatus: published   # becomes published\n')
assert text.contains('      by writing to privacy@example.com.\n')
def sha = MessageDigest.getInstance('SHA-256').digest(v2025.bytes).encodeHex().toString()
// The lock records the day it was published: today, in UTC.
def published = (lock =~ /2025-01-01 sha256:${sha} published (\d{4}-\d{2}-\d{2})\n/)[0][1]
def today = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
assert [today, today.minusDays(1)]*.toString().contains(published)
assert log.contains("[INFO] Locked it in sample-privacy/versions.lock: 2025-01-01 sha256:${sha} published ${published}")
// The lock stays sorted: 2024 before 2025.
assert lock.indexOf('2024-01-01 sha256:') < lock.indexOf('2025-01-01 sha256:')

// 3: the copy is a draft with the new id and date, and without the old summary.
assert log.contains('[INFO] Started the draft 2026-01-01 of sample-privacy, effective 2026-01-01, as a copy of 2025-01-01: sample-privacy/versions/2026-01-01.yaml')
def draft = v2026.getText('UTF-8')
// Dates quoted, so that YAML 1.1 readers (PyYAML, ajv-cli) read the text the schema asks for.
assert draft.contains("\nversion: '2026-01-01'\neffective: '2026-01-01'\nstatus: draft   # becomes published\n")
assert !draft.contains('summary:')
assert draft.startsWith('# A comment that publishing must keep')

// 4, 5, 6: refused with what to do instead.
assert log.contains('sample-privacy/versions/2026-01-01.yaml already exists; nothing was changed.')
assert log.contains('sample-privacy/versions/2026-01-01.yaml has no summary; nothing was changed. Add a summary: line saying what changed since 2025-01-01')
assert log.contains('The new version must take effect after the newest one, 2026-01-01 (2026-01-01); nothing was changed.')
assert !new File(policy, 'versions/mid-2025.yaml').exists()

// 7: the build passes with the published versions locked; 2025-01-01 was published after the day
// it took effect, which versions-short-notice points out (a warning).
assert log.contains('sample-privacy/versions/2025-01-01.yaml:4:12: warning: this version takes effect on 2025-01-01, ')
assert log.contains(" days before it was published on ${published} (sample-privacy/versions.lock)")
assert new File(basedir, 'target/policy-site/sample-privacy/2025-01-01/index.html').isFile()
