def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/policy-site')

// The first build: Hugo's pages carry each anchor as a heading attribute, never as raw HTML, which
// Hugo's default settings drop; the front matter uses no key a generator reserves.
def md = new File(site, 'sample-privacy/index.md').getText('UTF-8')
assert md =~ /(?m)^## 1\. Who we are \{#who-we-are\}$/ : md
assert !md.contains('<a id=')
assert !(md =~ /(?m)^permalink:/)

// The second: a flavour that names no site generator is refused in words, before anything is
// rendered, and the pages of the first build are left as they were.
assert log.contains("markdownFlavour (policy.markdownFlavour) is 'wordpress', which names no site generator; write one of github, hugo, jekyll")
assert new File(site, 'sample-privacy/index.md').getText('UTF-8') == md
