def log = new File(basedir, 'build.log').text
def first = new File(basedir, 'acme-privacy/versions/2024-05-01.yaml').text
def second = new File(basedir, 'acme-privacy/versions/2024-06-01.yaml').text

// 1. The policy's content, without the site around it: no navigation, no footer.
assert log.contains('Imported privacy.html (html) as ')
assert !first.contains('Careers') && !first.contains('Imprint')
assert first.contains('preamble: |\n  We are **Acme SA**.')
assert first.contains('Your *email*, to run your account; see [our terms](https://acme.example/terms).')
assert first.contains('| Data | Why |\n      | --- | --- |\n      | email | login |')
assert first.contains('1. access\n      2. erasure')

// 2. The selector picked the legal text, not the page's <main>; policy.yaml was kept.
assert second.contains('title: "Cookies"\n    body: |\n      We set none.')
assert !second.contains('anvils')
assert log.findAll('Wrote .*policy.yaml').size() == 1

// 3. Both versions load.
assert !log.contains('[schema-')
