import java.security.MessageDigest

// What Git cannot hold: the checkout's .git folder.
new File(basedir, '.git').mkdirs()
new File(basedir, '.git/HEAD').text = 'ref: refs/heads/main\n'
// A user's file that happens to have the name of the state file of -Dpolicy.outputDirectory=public.
new File(basedir, 'policies/public.state').text = 'Our list of public pages.\n'
// What a version of the plugin that wrote no marker left in the build folder.
def older = new File(basedir, 'policies/target/policy-site/sample-privacy')
older.mkdirs()
new File(older, 'old-page.html').text = '<p>an older render</p>\n'

// Every file of the repository, with its SHA-256, to compare with after the builds.
def lines = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
  def rel = basedir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
  if (rel.startsWith('policies/target/') || rel == 'build.log' || rel == 'files-before.txt') return
  lines << rel + ' ' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex()
}
new File(basedir, 'files-before.txt').text = lines.sort().join('\n') + '\n'
true
