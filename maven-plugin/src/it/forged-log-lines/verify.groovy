import groovy.json.JsonSlurper

// A pull request's values must not write lines of their own into the CI log: GitHub Actions runs
// '::error' and '::add-mask::' at the start of a line as workflow commands, and a forged
// '[INFO] BUILD SUCCESS' misleads whoever reads the log.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def file = 'forged-privacy/versions/2024-01-01.yaml'

// A term with a line break is refused at load, where it is written.
assert log.contains("[ERROR] ${file}:7:11: error: 'term' is one line of text, but a line break is written in it here (\\n, or a new line inside the quotes); write it on one line [schema-wrong-type]")

// A message that quotes the author's text (an unknown key) quotes it on one line.
assert log.contains("[ERROR] ${file}:9:1: error: unknown key 'note\\n::error file=policies/pom.xml,line=1::Leaked credentials detected\\r\\n[INFO] BUILD SUCCESS' in a version;")

// The baseline file comes in pull requests too: its stale entry is quoted on one line.
assert log.contains("[WARNING] ${file}: 'TBD\\n::add-mask::Nordlicht\\n[INFO] BUILD SUCCESS' [prose-placeholder] is accepted by the baseline but no longer found")

assert log.contains('Policy lint found 2 errors. Fix them, or see target/policy-lint.sarif')
assert !new File(basedir, 'target/policy-site').exists()

// Not one line of the log starts with a workflow command or a forged Maven line.
def commands = lines.findAll { it.startsWith('::') || it.contains('\r') }
assert commands.isEmpty(): 'workflow commands in the log:\n' + commands.join('\n')
def forged = lines.findAll { it.startsWith('[INFO] BUILD SUCCESS') || it.startsWith('Nordlicht') }
assert forged.isEmpty(): 'forged lines in the log:\n' + forged.join('\n')
assert lines.any { it.startsWith('[INFO] BUILD FAILURE') }

// The SARIF message is the same one line.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif'), 'UTF-8')
def key = sarif.runs[0].results.find { it.ruleId == 'schema-unknown-key' }
assert key.message.text.startsWith("unknown key 'note\\n::error file=policies/pom.xml,line=1::")
assert !key.message.text.contains('\n')
