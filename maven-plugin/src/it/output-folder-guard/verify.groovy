import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'policies/target/policy-site')

// Each refusal names the setting, the folder and why, and says nothing was changed.
def refused = [
  // -Dpolicy.outputDirectory=. and sample-privacy/..: the module itself
  'outputDirectory (policy.outputDirectory) is policies, which is the policies folder. An output'
      + ' folder is emptied and written anew on every build, so everything in it would be deleted.'
      + ' Nothing was changed.',
  // ..: the repository root, shown as an absolute path
  "outputDirectory (policy.outputDirectory) is ${basedir.canonicalPath}, which holds the policies"
      + ' folder (policies).',
  // a user's own folder
  'outputDirectory (policy.outputDirectory) is policies/docs, which already holds files this plugin'
      + ' did not write (it has no .policy-output file).',
  // a user's file where the state file would go
  'outputDirectory (policy.outputDirectory): the render keeps what it wrote in'
      + ' policies/public.state, beside the output folder, but a file of that name already exists',
  // the internal outputs inside the public site, seen by the render
  'outputDirectory (policy.outputDirectory) is policies/target/policy-site, which is the folder of'
      + ' the records of processing (policy.registerDirectory, policies/target/policy-site). The'
      + ' records of processing are internal and must never be published. Nothing was changed. Give'
      + ' each output a folder of its own, none inside another.',
  'outputDirectory (policy.outputDirectory) is policies/target/policy-site, which holds the folder'
      + ' of the compliance matrices (policy.complianceDirectory,'
      + ' policies/target/policy-site/compliance). The compliance matrices are internal and must'
      + ' never be published.',
  // and by register alone
  'outputDirectory of policy:register (policy.registerDirectory) is policies/target/policy-site,'
      + ' which is the folder of the public site (policy.outputDirectory,'
      + ' policies/target/policy-site). The records of processing are internal and must never be'
      + ' published.',
]
refused.each { assert log.contains(it): "not in the log: ${it}" }
// . and sample-privacy/.. are the same folder, refused the same way.
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 8
assert failures.count { it.contains('is policies, which is the policies folder.') } == 2
// Refused before anything was written: only build 6 rendered, and wrote the records once.
assert log.count('Rendered ') + log.count('is up to date') == 1
assert log.count('Wrote the records of processing') == 1

// Every file of the repository is still there, with the same bytes, and nothing was added but the
// build folder.
def now = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
  def rel = basedir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
  if (rel.startsWith('policies/target/') || rel == 'build.log' || rel == 'files-before.txt') return
  now << rel + ' ' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex()
}
def before = new File(basedir, 'files-before.txt').readLines().findAll { it }
assert now.sort() == before: "files changed:\n${(before - now).join('\n')}\nadded:\n${(now - before).join('\n')}"
assert new File(basedir, '.git/HEAD').isFile()
assert new File(basedir, 'policies/pom.xml').isFile()
assert new File(basedir, 'policies/docs/how-we-publish.md').isFile()

// The default build replaced the older output in target/ (no marker: the build folder's rule), and
// marked each output with its kind.
assert !new File(site, 'sample-privacy/old-page.html').exists()
assert new File(site, 'sample-privacy/index.html').isFile()
assert new File(site, '.policy-output').readLines()[0] == 'privacy-policy-as-code output: site'
assert new File(basedir, 'policies/target/policy-register/.policy-output').readLines()[0] ==
    'privacy-policy-as-code output: register'
assert new File(basedir, 'policies/target/policy-compliance/.policy-output').readLines()[0] ==
    'privacy-policy-as-code output: compliance'
// and the refused internal outputs left the public site as the render wrote it.
def published = []
site.eachFileRecurse(groovy.io.FileType.FILES) { published << site.toPath().relativize(it.toPath()).toString() }
assert !published.any { it.contains('register') || it.contains('compliance') }: published
assert new File(basedir, 'policies/target/policy-register/sample-privacy/register.csv').isFile()
true
