def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/policy-site')

// 1: a first build renders everything.
assert log.contains("[INFO] Rendered 9 files for sample-privacy to ${site.canonicalPath} in ")
// 2: the second build, with no change, renders nothing and says so.
assert log =~ /\[INFO\] policy-site is up to date \(9 files\); nothing rendered \(\d+ ms\)/
// 3: asking for drafts changes every page's inputs: all thirteen rendered, none kept.
assert log.contains("[INFO] Rendered 13 files for sample-privacy to ${site.canonicalPath} in ")
assert new File(site, 'sample-privacy/2025-01-01/index.html').isFile()

// What the previous render wrote is kept beside the published folder, never in it.
assert new File(basedir, 'target/policy-site.state').isFile()
assert !new File(site, 'policy-site.state').exists()
assert !log.contains('BUILD FAILURE')
