def log = new File(basedir, 'build.log').text
def file = { String p -> new File(basedir, p) }

// 1. Every file, written and said.
def files = ['pom.xml', '.gitignore', '.mvn/jvm.config', '.github/workflows/policy.yml', '.gitlab-ci.yml',
             'schema/policy.schema.json', 'schema/policy-version.schema.json',
             'policies/acme-privacy/policy.yaml', 'policies/acme-privacy/versions/2026-01-15.yaml']
files.each { p ->
  assert file(p).isFile() : p
  assert log.contains("[INFO] Wrote ${p}\n") : p
}

// The pom names this very plugin, by the coordinates the running plugin read from its descriptor.
def pom = file('pom.xml').text
assert pom.contains("""
        <groupId>dev.policyascode</groupId>
        <artifactId>policy-maven-plugin</artifactId>
        <version>${projectVersion}</version>
""")
assert pom.replaceAll(/\s+/, '').contains('<goals><goal>lint</goal><goal>render</goal><goal>register</goal><goal>compliance</goal></goals>')
assert pom.contains('<policiesDirectory>${project.basedir}/policies</policiesDirectory>')

// The modelines find the schemas init wrote.
def modeline = file('policies/acme-privacy/versions/2026-01-15.yaml').readLines()[0]
assert modeline == '# yaml-language-server: $schema=../../../schema/policy-version.schema.json'
assert file('policies/acme-privacy/policy.yaml').readLines()[0] == '# yaml-language-server: $schema=../../schema/policy.schema.json'
assert file('policies/acme-privacy/policy.yaml').text.contains('  name: "Example SAS"')
assert file('.gitignore').text.contains('target/\n')
assert file('.mvn/jvm.config').text == '-XX:TieredStopAtLevel=1\n-XX:+UseSerialGC\n'
assert file('.github/workflows/policy.yml').text.contains('uses: github/codeql-action/upload-sarif@')
assert file('.gitlab-ci.yml').text.contains('codequality: target/gl-code-quality-report.json')
assert log.contains('[INFO] Left for you to fill in:')

// 2. The nested build is green: linted without a finding, the record and the matrix written.
assert log.contains('acme-privacy: no findings in 2 files')
assert !log.contains('BUILD FAILURE')
assert file('target/policy-lint.sarif').isFile()
// a draft is not published, so no page yet; the matrix shows the draft's gaps
assert file('target/policy-register').isDirectory()
assert file('target/policy-compliance').isDirectory()

// 3. The second run writes nothing and names every file it kept.
assert log.contains('[INFO] Nothing written: every file is already there')
files.each { p ->
  assert log.contains("[INFO] Skipped ${p}: it is already there, as init writes it") : p
}
return true
