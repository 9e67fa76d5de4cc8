import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
def create = runs[1], ordinary = runs[2], fresh = runs[3], fixed = runs[4]
def file = 'sample-privacy/versions/2024-01-01.yaml'

// 1: the update lists what it added and writes the file.
assert create.contains("[INFO] Baseline: added ${file}:11:32: error: 'section 4.2' points at no section")
assert create.contains('[INFO] Wrote 1 accepted finding to policy-lint-baseline.json (1 added, 0 removed)')
assert create.contains('[xref-section-number] (baselined)')
assert !create.contains('BUILD FAILURE')

// 2: the accepted finding does not fail an ordinary build.
assert ordinary.contains('sample-privacy: no new findings in 2 files; 1 finding accepted by the baseline')

// 3: a new finding fails; the accepted one is still only shown.
assert fresh.contains("[INFO] ${file}:14:41: info: 'section 1' is typed as a number")
assert fresh.contains('[xref-section-number] (baselined)')
assert fresh.contains('Policy lint found 1 info.')

// 4: the fixed policy: the update removes the entry that matches nothing.
assert fixed.contains("[INFO] Baseline: removed ${file}: ''section 4.2' points at no section")
assert fixed.contains('[INFO] Wrote 0 accepted findings to policy-lint-baseline.json (0 added, 1 removed)')

def json = new JsonSlurper().parse(new File(basedir, 'policy-lint-baseline.json'))
assert json.version == 2
assert json.findings.isEmpty()
