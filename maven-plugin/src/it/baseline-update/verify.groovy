import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'policy-lint-baseline.json')

assert baseline.isFile()
def json = new JsonSlurper().parse(baseline)
assert json.findings.size() == 1
assert json.findings[0].rule == 'xref-section-number'
assert json.findings[0].file == 'sample-privacy/versions/2024-01-01.yaml'

assert log.contains('Wrote 1 finding to policy-lint-baseline.json (1 added, 0 pruned)')
assert log.contains('[xref-section-number] (baselined)')
assert !log.contains('BUILD FAILURE')
