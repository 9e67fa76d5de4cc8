import groovy.json.JsonSlurper

// Characters written as YAML escapes are checked as YAML decodes them: each value is refused where
// it is written, the character named by its code point and how it is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = 'controls-privacy/versions/2024-01-01.yaml'

assert log.contains("[ERROR] ${file}:5:10: error: this text holds an invisible control character, U+0001 (written \\x01 or \\u0001), which pages, feeds and build logs cannot carry; delete it [schema-wrong-type]")
assert log.contains("[ERROR] ${file}:8:12: error: this text holds an invisible line separator, U+2028 (written \\L), which editors do not show as a line break; write a space instead [schema-wrong-type]")
assert log.contains("[ERROR] ${file}:9:11: error: this text holds an invisible control character, U+001B (written \\e)")
assert log.contains('Policy lint found 3 errors. Fix them, or see target/policy-lint.sarif')
assert log.contains('Policy lint could not read controls-privacy') || !log.contains('Rendered')

// Nothing is rendered, not even the policy that is fine: the feed, the front matter and the
// record would otherwise carry the characters (and a site without a policy drops its pages).
assert !new File(basedir, 'target/policy-site').exists()
assert !log.contains('Rendered ')

// None of the characters reached the log.
def hidden = log.findAll(/[\x00-\x08\x0B\x0C\x0E-\x1A\x7F\uFFFE\u2028\u2029\u0085]/)
assert hidden.isEmpty(): "characters in the log: " + hidden.collect { String.format('U+%04X', (int) it.charAt(0)) }

// The reports carry the same one-line messages.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.size() == 3
assert results.every { it.ruleId == 'schema-wrong-type' }
assert results.collect { it.locations[0].physicalLocation.region.startLine }.sort() == [5, 8, 9]
assert results.find { it.locations[0].physicalLocation.region.startLine == 5 }.message.text ==
    'this text holds an invisible control character, U+0001 (written \\x01 or \\u0001), which pages, feeds and build logs cannot carry; delete it'
