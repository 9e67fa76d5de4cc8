def log = new File(basedir, 'build.log').text
def file = { String p -> new File(basedir, p) }

// The team's files, byte for byte as they were.
def kept = ['pom.xml', 'policies/acme-privacy/policy.yaml',
            'policies/acme-privacy/versions/2020-01-01.yaml', 'schema/policy.schema.json']
kept.each { p ->
  assert file(p).bytes == file("originals/${p}").bytes : p
}

// Each is named, with why, at warning level.
['pom.xml', 'policies/acme-privacy/policy.yaml', 'schema/policy.schema.json'].each { p ->
  assert log.contains("[WARNING] Skipped ${p}: it already exists and init never writes over a file; yours is kept as it is") : p
}
// the starter is named after today's date
assert log =~ /\[WARNING\] Skipped policies\/acme-privacy\/versions\/[0-9-]+\.yaml: the policy already has a version \(2020-01-01\.yaml\), and a starter draft would be one more/
assert !file('policies/acme-privacy/versions').list().any { it != '2020-01-01.yaml' }

// The others are written.
def written = ['.gitignore', '.mvn/jvm.config', '.github/workflows/policy.yml', '.gitlab-ci.yml',
    'schema/policy-version.schema.json', 'schema/policy-translation.schema.json',
    'schema/store-labels.schema.json']
written.each { p ->
  assert file(p).isFile() : p
  assert log.contains("[INFO] Wrote ${p}\n") : p
}

// 2. The second run writes nothing.
assert log.contains('[INFO] Nothing written: every file is already there')
assert log.count('[INFO] Wrote ') == written.size()

// 3. Refused with what to write instead, and nothing written.
assert log.contains("The policy id '../Acme' is not an id: use lower-case letters, digits and hyphens, such as acme-privacy; it names the policy's folder. Nothing was written")
assert !file('policies/Acme').exists()
assert !file('../Acme').exists()
return true
