import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1: the legacy finding is still shown, at INFO and marked, but does not fail the build.
assert log.contains("[INFO] sample-privacy/versions/2024-01-01.yaml:11:32: error: 'section 4.2' points at no section")
assert log.contains('[xref-section-number] (baselined)')
assert log.contains('1 finding accepted by the baseline')
// The entry for "section 5.1" matches nothing any more.
assert log.contains('[WARNING] 1 baseline entry no longer matches; run with -Dpolicy.baseline.update to prune them')
assert log.contains('[INFO] Rendered 6 files for sample-privacy')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif'))
def result = sarif.runs[0].results[0]
assert result.baselineState == 'unchanged'
assert result.suppressions[0].kind == 'external'

// 2: the malformed baseline is named, with what is wrong and how to fix it.
def second = log.substring(log.lastIndexOf('Scanning for projects'))
assert second.contains('malformed-baseline.json is not a valid baseline: it is not well-formed JSON')
assert second.contains('run with -Dpolicy.baseline.update')
def lines = second.readLines()
def ours = lines.subList(0, lines.findIndexOf { it.contains('BUILD FAILURE') })
assert ours.every { !(it =~ /^\s+at \S/) && !it.contains('Exception') }
