import java.security.MessageDigest

/** Every file under a folder, by relative path, with the SHA-256 of its bytes. */
def hashes(File dir) {
  def out = new TreeMap()
  dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def name = dir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    out[name] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
  }
  out
}

def target = new File(basedir, 'target')

// A successful build replaces the folder whole: the deleted version's pages are gone, and the
// policy's own page now shows the version that remains.
def replaced = new File(target, 'replaced/sample-privacy')
assert new File(target, 'replaced-register/sample-privacy').isDirectory()
assert new File(replaced, '2024-01-01/index.html').isFile()
assert !new File(replaced, '2025-01-01').exists(): 'a page of a deleted version lingers'
assert new File(replaced, 'index.html').getText('UTF-8').contains('href="2024-01-01/"')

// A failed build leaves the previous output exactly as it was: same files, same bytes.
def site = hashes(new File(target, 'policy-site'))
def expected = hashes(new File(target, 'expected-site'))
// 13 pages and the .policy-output marker that lets the next build replace the folder.
assert site.size() == 14: site.keySet()
assert site.containsKey('.policy-output')
assert site == expected
assert !new File(target, 'policy-site/sample-privacy/2024-01-01/index.html').getText('UTF-8').contains('from 2026')
// The record of processing (policy:register) too.
def register = hashes(new File(target, 'policy-register'))
assert !register.isEmpty()
assert register == hashes(new File(target, 'expected-register'))

// And leaves no half-written folder beside it. The previous output of an incremental build may be
// kept as the next one's spare (a whole output, marked), which is not a leftover.
def spare = { String n -> n ==~ /\.[a-z-]+-spare-[a-z0-9]+/ && new File(target, "${n}/.policy-output").isFile() }
def leftovers = target.list().findAll { it.startsWith('.') && !spare(it) }
assert leftovers.isEmpty(): "temporary folders left in target: ${leftovers}"

def log = new File(basedir, 'build.log').text
assert log.contains('indent with spaces, never tabs')
true
