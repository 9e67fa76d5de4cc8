def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/policy-site')

// 1: a first build renders everything (and so does 6, below).
assert log.count("[INFO] Rendered 9 files for sample-privacy to ${site.canonicalPath} in ") == 2
// 2: the second build, with no change, renders nothing and says so.
assert log =~ /\[INFO\] policy-site is up to date \(9 files\); nothing rendered \(\d+ ms\)/
// 3: asking for drafts changes every page's inputs: all thirteen rendered, none kept.
assert log.contains("[INFO] Rendered 13 files for sample-privacy to ${site.canonicalPath} in ")
// (the draft's pages themselves are gone after build 6; see below)

// The lint: the first build checks both versions and keeps their findings beside the build
// state; builds 2 and 3 (drafts are the render's setting, not the lint's) reuse them; build 4,
// with incremental builds off, reads no cache; builds 5 and 6 reuse them again.
def reused = '[INFO] Policy lint: 2 of 2 versions unchanged since the previous build,' +
    ' their findings reused from target/policy-lint-cache'
assert log.count(reused) == 4
assert new File(basedir, 'target/policy-lint-cache/findings').isFile()
// 7 and 8: with the user's cache folder inside the project, no key is kept there and the findings
// of 1-6 are not reused (the count above stays 4), each build saying why.
def jvmOnly = '[INFO] Policy lint: findings are reused within this JVM only: no key for the lint' +
    ' cache could be kept in '
assert log.count(jvmOnly) == 2
assert !new File(basedir, 'home/.cache/policy-as-code').exists()
// 4: incremental builds off: all thirteen rendered again though nothing changed; 5: the state
// describes build 3's files, not build 4's, so all thirteen again.
assert log.count("[INFO] Rendered 13 files for sample-privacy to ${site.canonicalPath} in ") == 3

// 6 rendered into the spare that 5 kept (build 4's output, drafts and all): the drafts' pages are
// gone, the folder it took is kept as the next spare, and nothing else is left beside the output.
assert !new File(site, 'sample-privacy/2025-01-01').exists()
def beside = new File(basedir, 'target').list().findAll { it.startsWith('.policy-site-') }
assert beside.size() == 1 && beside[0] ==~ /\.policy-site-spare-[a-z0-9]+/ : beside
assert new File(basedir, "target/${beside[0]}/.policy-output").isFile()

// What the previous render wrote is kept beside the published folder, never in it.
assert new File(basedir, 'target/policy-site.state').isFile()
assert !new File(site, 'policy-site.state').exists()
assert !log.contains('BUILD FAILURE')
