import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sample-privacy: no findings in 2 files')
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/policy-lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'policy-lint'
// The tool version comes from the plugin's own descriptor.
assert sarif.runs[0].tool.driver.version == projectVersion
assert sarif.runs[0].results == []

def json = new JsonSlurper().parse(new File(basedir, 'target/policy-lint.json'))
assert json.findings == []
assert json.counts.error == 0
