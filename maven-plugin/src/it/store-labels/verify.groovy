import groovy.json.JsonSlurper

// store-labels.yaml beside the versions is read, checked, and compared with the newest version.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the labels are one of the files read
assert log.contains('[INFO] velo-app: 0 errors, 13 warnings, 0 info in 3 files')

def json = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.json'))
def labels = json.findings.findAll { it.rule.startsWith('labels-') }
// Only the telephone number, which the account activity collects and the labels leave out:
// location and the advertising id are labelled shared and tracked, as the notice says.
assert labels.size() == 1 : labels
assert labels[0].rule == 'labels-unmapped-category'
assert log.contains("velo-app/versions/2026-01-01.yaml:12:5: warning: the notice says 'phone' (Telephone number) is collected, but store-labels.yaml does not mention it")
// No finding of the loader: the labels' file is well-formed and names known categories.
assert !json.findings.any { it.rule.startsWith('schema-') }
