def log = new File(basedir, 'build.log').text

// Which goals reused an earlier goal's lint, in the order they ran (both invocations log here).
def goal = null
def reused = []
log.eachLine { line ->
  def m = line =~ /--- \S+:([a-z-]+) \(/
  if (m.find()) goal = m.group(1)
  if (line.contains('no policy file changed since this build\'s earlier goal; its findings are reused')) {
    reused << goal
  }
}
assert reused == ['render', 'publish'] : reused

// The render after publish linted again and saw 2025-01-01 published: it is now the latest page.
assert log.contains('[INFO] Published 2025-01-01 of sample-privacy')
def latest = new File(basedir, 'target/policy-site/sample-privacy/index.html').getText('UTF-8')
assert latest.contains('<link rel="canonical" href="2025-01-01/">')
assert new File(basedir, 'target/policy-site/sample-privacy/2025-01-01/index.html').isFile()
