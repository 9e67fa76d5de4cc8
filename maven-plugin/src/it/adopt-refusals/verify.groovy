import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = { String p -> new File(basedir, p) }
def same = { String p -> file(p).bytes == file("originals/${p}").bytes }

// 1-4: refused, each with what to do.
assert log.contains('The policy acme has no version 2023-01-01; its versions are 2024-05-01, 2025-01-01, 2099-01-01')
assert log.contains('The version 2024-01-01 of hand is already published; nothing was changed. Adopting is for a notice in force that is still a draft here: if you wrote status: published by hand, write draft again and adopt it')
assert log =~ /The version 2099-01-01 takes effect on 2099-01-01, after today \([0-9-]+\); nothing was changed\. Adopt the notice in force, with the date it took effect, or publish a future version with mvn policy:publish/
assert log.contains('The policy acme has several drafts (2024-05-01, 2025-01-01, 2099-01-01); name one with -Dpolicy.version=<version>')

// 5: one adoption, of acme alone.
assert log.count('[INFO] Adopted ') == 1
assert log.contains('[INFO] Adopted 2024-05-01 of acme as the version in force since 2024-05-01')
assert log.contains('[INFO] Wrote 1 accepted finding to policy-lint-baseline.json (1 added, 0 removed)')
assert log.contains('[WARNING] 1 new error outside the adopted version still fails the build; run mvn policy:lint to see it')
def json = new JsonSlurper().parse(file('policy-lint-baseline.json'))
assert json.findings*.file == ['policies/acme/versions/2024-05-01.yaml']
assert file('policies/acme/versions/2024-05-01.yaml').text.contains('status: published')

// 6: refused once a version is in force.
assert log.contains('The policy acme already has a published version, 2024-05-01; nothing was changed. Only a policy\'s first version is adopted with its findings accepted: publish later ones with mvn policy:publish, which fails on their findings')

// Every refusal wrote nothing: the other files are byte for byte as they were.
['policies/hand/policy.yaml', 'policies/hand/versions/2024-01-01.yaml',
 'policies/acme/policy.yaml', 'policies/acme/versions/2025-01-01.yaml',
 'policies/acme/versions/2099-01-01.yaml'].each { p -> assert same(p) : p }
assert !file('policies/hand/versions.lock').exists()
assert file('policies/acme/versions.lock').text.readLines().findAll { it ==~ /^[0-9].*/ }.size() == 1
return true
