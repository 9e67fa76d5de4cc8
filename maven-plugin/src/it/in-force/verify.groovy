def log = new File(basedir, 'build.log').text
def site = { String run, String path -> new File(basedir, "target/${run}/sample-privacy/${path}").getText('UTF-8') }

// Where each run's date came from, said in the log.
assert log.contains('[INFO] Pages built as of 2029-12-31, from buildDate (policy.buildDate)')
assert log.contains('[INFO] Pages built as of 2030-01-01, from buildDate (policy.buildDate)')
assert log.contains('[INFO] Pages built as of 2030-01-01, from SOURCE_DATE_EPOCH')
assert log.contains("buildDate (policy.buildDate) is '31/12/2029', which is not a date; write it as YYYY-MM-DD")
assert !new File(basedir, 'target/site-refused').exists()

// Published 12 days ahead: versions-short-notice warns, and the build still passes.
assert log.contains('sample-privacy/versions/2030-01-01.yaml:3:12: warning: this version takes effect on 2030-01-01, 12 days after it was published on 2029-12-20 (sample-privacy/versions.lock)')

// 1: the day before, the page shows 2024-01-01 with the announcement of 2030-01-01.
def before = site('site-before', 'index.html')
assert before.contains('<link rel="canonical" href="https://example.com/privacy/2024-01-01/">')
assert before.contains('<p class="announcement" role="note"><strong>Change announced.</strong> A new version of this policy has been published. It takes effect on <time datetime="2030-01-01">1 January 2030</time>. <a href="2030-01-01/">Read the new version (2030-01-01)</a> · <a href="2030-01-01/changes/">What changes</a></p>')
assert site('site-before', '2030-01-01/index.html').contains('<p class="announced" role="note">Announced – not yet in force.')
assert site('site-before', 'sitemap.xml').contains('<url><loc>https://example.com/privacy/</loc><lastmod>2024-01-01</lastmod></url>')
def feedBefore = site('site-before', 'feed.xml')
assert feedBefore.contains('<updated>2029-12-20T00:00:00Z</updated>')
assert !feedBefore.contains('<id>https://example.com/privacy/2030-01-01/</id>')

// 2: on the day, the page shows 2030-01-01 and announces nothing; the feed has both entries.
def on = site('site-on', 'index.html')
assert on.contains('<link rel="canonical" href="https://example.com/privacy/2030-01-01/">')
assert !on.contains('class="announcement"')
assert !site('site-on', '2030-01-01/index.html').contains('class="announced"')
def feedOn = site('site-on', 'feed.xml')
assert feedOn.contains('<id>https://example.com/privacy/2030-01-01/</id>')
def announcementId = (feedBefore =~ /<id>(urn:uuid:[^<]+)<\/id>\n<title>Change announced/)[0][1]
assert feedOn.contains("<id>${announcementId}</id>"): 'the announcement keeps its id'

// 3: the same day from SOURCE_DATE_EPOCH gives the same bytes as from the parameter.
for (f in ['index.html', 'index.md', 'feed.xml', 'sitemap.xml', '2030-01-01/index.html']) {
  assert site('site-epoch', f) == site('site-on', f): f
}
