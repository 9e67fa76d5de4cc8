def log = new File(basedir, 'build.log').text
def version = new File(basedir, 'acme-privacy/versions/2024-05-01.yaml')

// 1. The import wrote a draft version and a policy.yaml, and listed what the text does not say.
assert !new File(basedir, 'pom.xml').exists()
assert version.isFile()
assert new File(basedir, 'acme-privacy/policy.yaml').text.contains('title: "Privacy Notice"')
assert log.contains('Imported notice.md (markdown) as ')
assert log.contains('5 sections, a draft')
// the headings say "1." and the paragraphs "2.1": no one style shows both, so no number is added
assert log.contains('policy.yaml says numbering: "none", so the headings add no number')
assert new File(basedir, 'acme-privacy/policy.yaml').text.contains('numbering: "none"')
assert log.contains('  - the retention rules (retention)')

// 2. Sections from the headings and from the numbered paragraphs, ids from the titles, the text
// and its literal references as written.
def yaml = version.text
assert yaml.contains('status: draft')
assert yaml.contains('  - id: who-we-are\n    title: "1. Who we are"')
assert yaml.contains('      - id: account-data\n        title: "2.1 Account data."')
assert yaml.contains('When you sign up, we ask for your name and email, as section 3 explains.')
assert yaml.contains('(Article 6(1)(a) GDPR)')
assert yaml.contains('      - access\n      - erasure')

// 3. The output loads: lint reads it without a format error.
assert !log.contains('[schema-')
assert log.contains('acme-privacy: ')
