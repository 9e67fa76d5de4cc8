def log = new File(basedir, 'build.log').text
def version = new File(basedir, 'policies/acme-privacy/versions/2024-05-01.yaml').text
def policy = new File(basedir, 'policies/acme-privacy/policy.yaml').text

// 1. The import found the source's style, wrote it into policy.yaml and said so.
assert policy.contains('numbering: "1.1"')
assert log.contains('5 sections, a draft; the source numbers its sections "1.1": policy.yaml says numbering: "1.1"')

// 2. The titles leave the numbers out: the style shows them.
assert version.contains('  - id: who-we-are\n    title: "Who we are"')
assert version.contains('      - id: account-data\n        title: "Account data."')
assert version.contains('When you sign up, we ask for your name and email, as section 3 explains.')

// 3. The rendered page shows each number once, as the source writes it.
def site = new File(basedir, 'target/policy-site/acme-privacy/2024-05-01')
def md = new File(site, 'index.md').text
assert md.contains('## 1 Who we are\n')
assert md.contains('### 2.1 Account data\\.\n')   // the title's own point, escaped
assert !md.contains('2.1. ') && !md.contains('2.1 2.1')
def html = new File(site, 'index.html').text
assert html.contains('<span class="number">2.1</span> Account data.</h3>')
assert html.contains('<span class="number">3</span> Your rights</h2>')
assert !log.contains('[schema-')
