import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def policy = new File(basedir, 'sample-privacy')
def fr2025 = new File(policy, 'versions/2025-01-01.fr.yaml')
def lock = new File(policy, 'versions.lock').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/)

// 1: the translation starts from the 2024 one: 7 texts, the summary the only new one.
assert log.contains('[INFO] Started sample-privacy/versions/2025-01-01.fr.yaml: 7 texts, 1 new to translate')
assert log.contains('[INFO] Carried the texts over from 2024-01-01.fr.yaml')

// 2: exactly one stale text, the French text of the edited paragraph, a warning in a draft, with
// what changed in the English.
def lint = runs.find { it.contains(':lint (default-cli)') }
def stale = lint.readLines().findAll { it.contains('[translations-stale]') }
assert stale.size() == 1 : stale
assert stale[0].contains('sample-privacy/versions/2025-01-01.fr.yaml:')
assert stale[0].contains(': warning: the French text of section retention was translated from an earlier wording of the source text. Since then, in the source: "two" became "three".')

// 4: refused, saying why, and nothing changed.
assert log.contains('The translation 2025-01-01.fr is not in step with its version; nothing was changed. summary is not marked translated; section.retention.body was translated from an earlier wording.')

// 7: published and locked with the hash of the file as it is.
def text = fr2025.getText('UTF-8')
assert text.contains('\nstatus: published\n')
def sha = MessageDigest.getInstance('SHA-256').digest(fr2025.bytes).encodeHex().toString()
// with the day it was published, as a version's line has it
assert lock =~ /(?m)^2025-01-01\.fr sha256:${sha} published \d{4}-\d{2}-\d{2}$/ : lock
assert lock.contains('\n2025-01-01 sha256:')

// 8: the build passes, with no finding of the translations rules left.
def last = runs[-1]
assert last.contains('BUILD SUCCESS')
assert !last.contains('[translations-')

// 8: the record of processing and the compliance matrix in French too, beside the English ones:
// the record of the version the English record shows (2025-01-01, published with its French at 7).
def target = new File(basedir, 'target')
def frRecord = new File(target, 'policy-register/sample-privacy/fr/register.html').getText('UTF-8')
assert frRecord.contains('<html lang="fr">')
assert frRecord.contains('Registre des activités de traitement')
assert frRecord.contains('2025-01-01')
assert new File(target, 'policy-register/sample-privacy/register.html').getText('UTF-8').contains('<html lang="en">')
def frMatrix = new File(target, 'policy-compliance/sample-privacy/fr/2025-01-01/compliance.json').getText('UTF-8')
assert frMatrix.contains('"language": "fr"')
assert frMatrix.contains('2025-01-01.fr.yaml"')
assert new File(target, 'policy-compliance/sample-privacy/fr/2024-01-01/compliance.html').isFile()
