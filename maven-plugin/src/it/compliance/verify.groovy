import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/policy-compliance')
def html = new File(out, 'sample-privacy/2024-01-01/compliance.html')
def json = new File(out, 'sample-privacy/2024-01-01/compliance.json')

assert log.contains('BUILD SUCCESS')
assert html.isFile() && json.isFile()
// Drafts too: the legal team checks a version before it is published.
assert new File(out, 'sample-privacy/2025-01-01/compliance.html').isFile()
assert log.contains("[INFO] Wrote the compliance matrix of sample-privacy (4 files) to ${out.canonicalPath}")
// The second build: no file changed, so no matrix is made again; the state is beside the folder.
assert log.contains('[INFO] The compliance matrix of sample-privacy is up to date (4 files); nothing written')
assert new File(basedir, 'target/policy-compliance.state').isFile()
assert !new File(out, 'policy-compliance.state').exists()

def page = html.getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('<th scope="row">Art. 13(2)(d)</th>')
// The data-flow picture of the version, with its text alternative; the JSON keeps its shape.
assert page.contains('<title id="flow-title">Data flow:')
assert page.contains('<caption>The data flow as text, one row per processing activity</caption>')
assert page.contains('Orders &amp; deliveries: deliver what customers buy (contract)')
assert page.contains('2. Your rights (<code>#your-rights</code>)')
assert page.contains('supervisory authority: Commission nationale de l&#39;informatique et des libertés (CNIL), https://www.cnil.fr/')

def matrix = new JsonSlurper().parse(json)
assert !matrix.containsKey('flowSvg') && !matrix.containsKey('flowRows')
assert matrix.version == '2024-01-01'
def complaint = matrix.items.find { it.id == '13(2)(d)' }
assert complaint.status == 'covered'
assert matrix.items.find { it.id == '13(1)(b)' }.status == 'not-applicable'
assert matrix.items.every { it.status != 'missing' }
// Art. 14 items appear only where some data is not collected from the person.
assert !matrix.items.any { it.id.startsWith('14(') }

def draft = new JsonSlurper().parse(new File(out, 'sample-privacy/2025-01-01/compliance.json'))
assert draft.dataMap == false
assert matrix.counts.missing == 0 && matrix.counts.covered == 7
// not stated: automated decisions, and the French post-mortem directives (the controller is in France)
assert page.contains("Covered: 7. Partly covered: 0. Missing: 0. Not applicable: 4. Not stated: 2.")
assert page.contains('<tr id="art-85-lil">')

// Internal: nothing of it is in the public site, and the site does not link to it.
def site = new File(basedir, 'target/policy-site')
assert site.isDirectory()
site.eachFileRecurse { f ->
  assert !f.name.startsWith('compliance')
  if (f.isFile()) assert !f.getText('UTF-8').contains('compliance')
}

// The readability of each section, by the formula of the policy's language (issue 17).
assert page.contains('<h2 id="plain">Clear and plain language</h2>')
assert matrix.readability.formula == 'Flesch reading ease'
assert matrix.readability.sections.every { it.score instanceof Number }
