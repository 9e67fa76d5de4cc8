import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'sample-privacy/versions/2024-01-01.yaml'

// Console: file:line:col: severity: message [rule], then the counts by severity. The rule lowered
// to warning in <rules> reports warnings, logged as such, and the build passes.
assert log.contains("[WARNING] ${file}:12:28: warning: 'section 4.2' points at no section")
assert log.contains("[WARNING] ${file}:13:26: warning: 'section 4.2' points at no section")
assert log.contains("[INFO] ${file}:13:55: info: 'section 1' is typed as a number")
assert log.contains('sample-privacy: 0 errors, 2 warnings, 1 info in 2 files')
assert !log.contains('BUILD FAILURE')

// SARIF 2.1.0 with the rules' metadata.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
def rules = run.tool.driver.rules
def rule = rules.find { it.id == 'xref-section-number' }
assert rule.helpUri == 'https://docs.example.org/policy-lint/rules/xref-section-number.md'
assert rule.shortDescription.text == 'A section number written in the text that matches no section'
assert rule.fullDescription.text.contains('Rests on:')
assert rule.help.markdown.startsWith('# xref-section-number\n')
assert rule.help.text.contains(rule.helpUri)
assert rule.defaultConfiguration.level == 'error'
assert rule.properties.family == 'xref'
assert rule.properties.tags.contains('xref')
assert rule.properties.basis
assert run.originalUriBaseIds['%SRCROOT%']

// Results: the configured level, the rule's index, the place, and fingerprints that do not hold
// the line number; the two equal-looking findings get different ones.
def results = run.results
assert results.size() == 3
def first = results[0]
assert first.ruleId == 'xref-section-number'
assert first.level == 'warning'
assert rules[first.ruleIndex].id == 'xref-section-number'
def location = first.locations[0].physicalLocation
assert location.artifactLocation.uri == file
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 12
assert location.region.startColumn == 28
def prints = results.collect { it.partialFingerprints['policyFinding/v2'] }
assert prints.every { it ==~ /[0-9a-f]{16}:[0-9]+/ }
assert prints.toSet().size() == 3

// The JSON report, in its documented shape.
def json = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.json'))
assert json.version == 1
assert json.findings.size() == 3
assert json.findings[0].keySet() == ['rule', 'severity', 'file', 'line', 'column', 'message', 'status', 'fingerprint'] as Set
assert json.findings*.status == ['new', 'new', 'new']
assert json.findings[0].fingerprint == prints[0]
assert json.counts == [error: 0, warning: 2, info: 1, baselined: 0, suppressed: 0, stale: 0, files: 2]
assert json.staleBaselineEntries == []

// GitLab's code quality report (CodeClimate JSON).
def quality = new JsonSlurper().parse(new File(basedir, 'target/gl-code-quality-report.json'))
assert quality.size() == 3
assert quality[0].check_name == 'xref-section-number'
assert quality[0].severity == 'minor'
assert quality[0].location.path == file
assert quality[0].location.lines.begin == 12
assert quality[0].fingerprint == prints[0]
assert quality[2].severity == 'info'

// 2: `mvn policy:lint` finds the plugin by its prefix among the project's plugins.
assert new File(basedir, 'target/prefix.json').isFile()
