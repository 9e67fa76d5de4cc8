import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
def withReason = runs[1], without = runs[2]

// 1: silent, only counted; the SARIF report keeps the finding, suppressed in the source with the
// comment's reason and place.
assert !withReason.contains('[xref-section-number]')
assert withReason.contains('sample-privacy: no new findings in 2 files; 1 finding suppressed by comments in the YAML')
assert !withReason.contains('BUILD FAILURE')

// 2: the comment without a reason is an error where it is written; the finding is not suppressed.
def file = 'no-reason/sample-privacy/versions/2024-01-01.yaml'
assert without.contains("[ERROR] ${file}:11:5: error: this suppression gives no reason, so it suppresses nothing; add one after ' -- ', such as '# policy-lint-disable-next-line xref-section-number -- <why this finding is accepted>' [suppress-invalid]")
assert without.contains("[ERROR] ${file}:13:28: error: 'section 4.2' points at no section")
assert without.contains('Policy lint found 2 errors.')

def suppressed = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif')).runs[0].results
assert suppressed.size() == 1
assert suppressed[0].ruleId == 'xref-section-number'
assert suppressed[0].suppressions[0].kind == 'inSource'
assert suppressed[0].suppressions[0].justification == 'published so on 1 January 2024; fixed in the next version'
assert suppressed[0].suppressions[0].location.physicalLocation.region.startLine == 11

def sarif = new JsonSlurper().parse(new File(basedir, 'target/no-reason.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId == ['suppress-invalid', 'xref-section-number']
assert results.every { !it.suppressions }
