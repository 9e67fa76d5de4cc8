import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'sample-privacy/versions/2024-01-01.yaml'

// Each finding on its own line, at ERROR level, at the key's line and column.
assert log.contains("[ERROR] ${file}:7:5: error: unknown key 'titel' in the section 'who-we-are'")
assert log.contains("did you mean 'title'?")
assert log.contains("[ERROR] ${file}:12:5: error: duplicate key 'body': it is already set at line 11")
assert log.contains('[schema-unknown-key]')
assert log.contains('[schema-duplicate-key]')

// A policy that loads is checked for references: a link to a misspelt id, a number that matches
// no section, each at its exact column inside the literal block.
def other = 'other-privacy/versions/2024-01-01.yaml'
assert log.contains("[ERROR] ${other}:14:26: error: the link points at '#your-rigths', but no section has the id 'your-rigths'; did you mean '#your-rights'?")
assert log.contains("[ERROR] ${other}:14:60: error: 'section 3' points at no section")

// One failure, with a count and where to look.
assert log.contains('Policy lint found 5 errors. Fix them, or see target/policy-lint.sarif')

// No stack trace from us. The invoker runs Maven with -e, so Maven's own failure footer after
// "BUILD FAILURE" prints one; everything the plugin logged comes before it.
def lines = log.readLines()
def footer = lines.findIndexOf { it.contains('BUILD FAILURE') }
assert footer > 0
def ours = lines.subList(0, footer)
def traces = ours.findAll { it =~ /^\s+at \S/ || it.startsWith('Caused by') || it.contains('Exception') }
assert traces.isEmpty(): "stack trace before the failure footer:\n" + traces.join('\n')

// The reports are written even when the build fails.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif'))
assert sarif.runs[0].results.size() == 5
def unknown = sarif.runs[0].results.find { it.ruleId == 'schema-unknown-key' }
assert unknown.locations[0].physicalLocation.artifactLocation.uri == file
assert unknown.locations[0].physicalLocation.region.startLine == 7
assert unknown.locations[0].physicalLocation.region.startColumn == 5
assert new File(basedir, 'target/policy-lint.json').isFile()
