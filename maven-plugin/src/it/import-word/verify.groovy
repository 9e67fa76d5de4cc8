// notice.docx was made with `pandoc -f gfm -t docx -o notice.docx notice.md`, kept beside it.
def log = new File(basedir, 'build.log').text
def yaml = new File(basedir, 'acme-privacy/versions/2024-05-01.yaml').text

// Heading styles, bold and italic, links, tables, numbered and bulleted lists.
assert log.contains('Imported notice.docx (word) as ')
assert new File(basedir, 'acme-privacy/policy.yaml').text.contains('title: "Privacy Notice"')
assert yaml.contains('preamble: |\n  We are **Acme SA**, the *controller*.')
assert yaml.contains('  - id: what-we-collect\n    title: "What we collect"')
assert yaml.contains('see [our terms](https://acme.example/terms).')
assert yaml.contains('| Data | Why |\n      | --- | --- |\n      | email | login |')
assert yaml.contains('1. access\n      2. erasure\n         - by email')
assert !log.contains('[schema-')
