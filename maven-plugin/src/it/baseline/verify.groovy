import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
// runs[0] is what comes before the first build.
def first = runs[1], malformed = runs[2], old = runs[3], prune = runs[4], again = runs[5]
def file = 'sample-privacy/versions/2024-01-01.yaml'

// 1: the legacy finding is still shown, at INFO and marked, but does not fail the build. The
// baseline's message is an old wording: findings match by the text they are about, not by message.
assert first.contains("[INFO] ${file}:11:32: error: 'section 4.2' points at no section")
assert first.contains('[xref-section-number] (baselined)')
assert first.contains('1 finding accepted by the baseline')
// The entry for "section 5.1" matches nothing any more: named, with the way to remove it.
assert first.contains("[WARNING] ${file}: ''section 5.1' points at no section: there is no section 5' [xref-section-number] is accepted by the baseline but no longer found")
assert first.contains('[WARNING] 1 baseline entry no longer matches; run with -Dpolicy.baseline.prune to remove it from policy-lint-baseline.json')
assert first.contains('[INFO] Rendered 9 files for sample-privacy')

// 2: the malformed baseline is named, with what is wrong and how to fix it.
assert malformed.contains('malformed-baseline.json is not a valid baseline: it is not well-formed JSON')
assert malformed.contains('run with -Dpolicy.baseline.update')
def lines = malformed.readLines()
def ours = lines.subList(0, lines.findIndexOf { it.contains('BUILD FAILURE') })
assert ours.every { !(it =~ /^\s+at \S/) && !it.contains('Exception') }

// 3: the old format is refused, saying why and how to write it again.
assert old.contains('version-1-baseline.json is a baseline of an older policy-lint, which matched findings by their message; write it again with -Dpolicy.baseline.update')

// 4: prune says what it removed and keeps what still matches.
assert prune.contains("[INFO] Baseline: removed ${file}: ''section 5.1' points at no section")
assert prune.contains('[INFO] Wrote 1 accepted finding to policy-lint-baseline.json (0 added, 1 removed)')
assert prune.contains('1 finding accepted by the baseline')
assert !prune.contains('no longer matches')
def baseline = new JsonSlurper().parse(new File(basedir, 'policy-lint-baseline.json'))
assert baseline.version == 2
assert baseline.findings.size() == 1
assert baseline.findings[0].fingerprint == '5d46ee1881d142f3'
assert baseline.findings[0].count == 1

// 5: nothing left to prune.
assert again.contains('[INFO] The baseline policy-lint-baseline.json has nothing to prune')

// By default the SARIF report leaves the accepted finding out: GitHub code scanning would open
// an alert for it whatever its suppressions say.
def byDefault = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif'))
assert byDefault.runs[0].results == []
// Asked for, it marks the accepted finding as unchanged and suppressed outside the source.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/with-accepted.sarif'))
def result = sarif.runs[0].results[0]
assert result.baselineState == 'unchanged'
assert result.suppressions[0].kind == 'external'
assert result.partialFingerprints['policyFinding/v2'] == '5d46ee1881d142f3:1'
