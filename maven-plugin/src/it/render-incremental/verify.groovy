def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/policy-site')

// 1: a first build renders everything.
assert log.contains("[INFO] Rendered 9 files for sample-privacy to ${site.canonicalPath} in ")
// 2: the second build, with no change, renders nothing and says so.
assert log =~ /\[INFO\] policy-site is up to date \(9 files\); nothing rendered \(\d+ ms\)/
// 3: asking for drafts changes every page's inputs: all thirteen rendered, none kept.
assert log.contains("[INFO] Rendered 13 files for sample-privacy to ${site.canonicalPath} in ")
assert new File(site, 'sample-privacy/2025-01-01/index.html').isFile()

// The lint: the first build checks both versions and keeps their findings beside the build
// state; builds 2 and 3 (drafts are the render's setting, not the lint's) reuse them; build 4,
// with incremental builds off, reads no cache.
def reused = '[INFO] Policy lint: 2 of 2 versions unchanged since the previous build,' +
    ' their findings reused from target/policy-lint-cache'
assert log.count(reused) == 2
assert new File(basedir, 'target/policy-lint-cache/findings').isFile()
// 4: incremental builds off: all thirteen rendered again though nothing changed.
assert log.count("[INFO] Rendered 13 files for sample-privacy to ${site.canonicalPath} in ") == 2

// What the previous render wrote is kept beside the published folder, never in it.
assert new File(basedir, 'target/policy-site.state').isFile()
assert !new File(site, 'policy-site.state').exists()
assert !log.contains('BUILD FAILURE')
