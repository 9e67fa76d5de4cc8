def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/policy-site')

assert new File(site, 'sample-privacy/2024-01-01/index.html').isFile()
assert new File(site, 'sample-privacy/2024-01-01/index.md').isFile()
assert new File(site, 'sample-privacy/index.html').isFile()
assert new File(site, 'sample-privacy/index.md').isFile()
// Body-only fragments beside the pages; no sitemap without a base_url.
assert new File(site, 'sample-privacy/2024-01-01/fragment.html').isFile()
assert new File(site, 'sample-privacy/fragment.html').isFile()
assert !new File(site, 'sample-privacy/sitemap.xml').exists()
// Drafts are not published unless asked for.
assert !new File(site, 'sample-privacy/2025-01-01').exists()

def page = new File(site, 'sample-privacy/2024-01-01/index.html').getText('UTF-8')
assert page.contains('Who we are')
assert page.contains('Example SAS decides why and how your data is processed.')

// The archive and the feed; no changes page, as only one version is published.
assert new File(site, 'sample-privacy/archive/index.html').isFile()
assert new File(site, 'sample-privacy/feed.xml').isFile()
assert !new File(site, 'sample-privacy/2024-01-01/changes').exists()

// Where the output went, as an absolute path the user can open.
assert log.contains("[INFO] Rendered 9 files for sample-privacy to ${site.canonicalPath}")
// The render goal lints again, but does not list the same findings twice.
assert log.count('sample-privacy: no findings in 3 files') == 2
assert log.contains('sample-privacy: no findings in 3 files (as above)')
