import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/policy-export')
def dir = new File(out, 'trailmap-privacy/2026-06-01')

// One folder per version, one file per chosen format, nothing published.
assert new File(dir, 'policy.json').isFile()
assert new File(dir, 'dpv.jsonld').isFile()
assert new File(out, '.policy-output').isFile() // the marker that lets the next build replace it
assert !new File(basedir, 'target/policy-site').exists()
assert log.contains("[INFO] Wrote the exports (json, dpv; 2 files) for trailmap-privacy to ${out.canonicalPath}")
// The second build: no file changed, nothing is written again; the state is beside the folder.
assert log.contains('[INFO] The exports (json, dpv) of trailmap-privacy are up to date (2 files); nothing written')
assert new File(basedir, 'target/policy-export.state').isFile()

// The JSON export: the location and the crash data, with their articles and stable ids.
def json = new JsonSlurper().parse(new File(dir, 'policy.json'))
assert json.format == 'policy-export' && json.format_version == 1
assert json.id == 'trailmap-privacy/2026-06-01'
assert json.data_categories*.id == ['account', 'precise-location', 'crash-data']
def crash = json.activities.find { it.id == 'crash-reporting' }
assert crash.legal_basis == 'legitimate-interests' && crash.legal_basis_article == 'Art. 6(1)(f)'
assert json.transfers[0].id == 'crashlog@US'
assert json.transfers[0].safeguard_article == 'Art. 46(2)(c)'

// The DPV export: the crash processor in a third country under SCCs.
def dpv = new File(dir, 'dpv.jsonld').getText('UTF-8')
assert dpv.contains('"@type": "dpv:PersonalDataProcess"')
assert dpv.contains('"@id": "eu-gdpr:A6-1-f"')
assert dpv.contains('"@id": "eu-gdpr:A46-2-c"')
assert dpv.contains('"@id": "loc:US"')
assert dpv.contains('"@value": "P90D"')
assert dpv.contains('"pd:Location"') // the team's mapping, beside the default type
