import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'sample-privacy/versions/2024-01-01.yaml'

// The refusal is logged, with the reason, before the file is written.
def refused = log.indexOf('[WARNING] Baseline: cannot accept ')
def wrote = log.indexOf('[INFO] Wrote ')
assert refused >= 0
assert refused < wrote
assert log.contains('[versions-lock-entry]; a baseline cannot relax the lock that keeps published versions as they were published, so the version or its lock entry must be fixed')
assert log.contains('[WARNING] 1 finding cannot be accepted by the baseline and still fails the build')

// Only what was written is claimed: the acceptable finding, not the lock's.
assert log.contains("[INFO] Baseline: added ${file}:11:32: error: 'section 4.2' points at no section")
assert !(log =~ /Baseline: added .*\[versions-lock-entry\]/)
assert log.contains('[INFO] Wrote 1 accepted finding to policy-lint-baseline.json (1 added, 0 removed)')

// The build then fails on the refused finding, and only on it.
assert log.contains('Policy lint found 1 error. Fix it, or see target/policy-lint.sarif')

def json = new JsonSlurper().parse(new File(basedir, 'policy-lint-baseline.json'))
assert json.findings*.rule == ['xref-section-number']
