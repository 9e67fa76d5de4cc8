import java.security.MessageDigest
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

/** Every file under a folder, by relative path, with the SHA-256 of its bytes. */
def hashes(File dir) {
  def out = new TreeMap()
  dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def name = dir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    out[name] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
  }
  out
}

// The two builds did run with their own language and encoding (-V prints them).
def log = new File(basedir, 'build.log').text
// Neither sets a build date: both take today's, in UTC, whatever their time zone, and say so.
def builtAsOf = (log =~ /\[INFO\] Pages built as of (\d{4}-\d{2}-\d{2}), from today's date \(UTC\)/)*.getAt(1)
assert builtAsOf.size() == 2 && builtAsOf[0] == builtAsOf[1]: builtAsOf
assert log.contains('Default locale: fr_FR')
assert log.contains('Default locale: tr_TR, platform encoding: ISO-8859-1')

def one = new File(basedir, 'target/policy-site')
def two = new File(basedir, 'elsewhere/checkout/target/policy-site')
def a = hashes(one)
def b = hashes(two)
assert a.size() == 15: a.keySet() // 14 pages and the .policy-output marker
assert a == b: "the two builds differ:\n${a}\n${b}"
def registerOne = new File(basedir, 'target/policy-register')
def r1 = hashes(registerOne)
def r2 = hashes(new File(basedir, 'elsewhere/checkout/target/policy-register'))
assert !r1.isEmpty()
assert r1 == r2: "the two records of processing differ:\n${r1}\n${r2}"
// compliance.json once took its key order from Map.of, which differs between JVM runs.
def complianceOne = new File(basedir, 'target/policy-compliance')
def c1 = hashes(complianceOne)
def c2 = hashes(new File(basedir, 'elsewhere/checkout/target/policy-compliance'))
assert c1.keySet().any { it.endsWith('compliance.json') }: c1.keySet()
assert c1 == c2: "the two compliance matrices differ:\n${c1}\n${c2}"
// The lint reports too: a CI that uploads them compares runs by their bytes.
def reportNames = ['policy-lint.sarif', 'policy-lint.json']
reportNames.each { n ->
  def x = new File(basedir, "target/${n}")
  def y = new File(basedir, "elsewhere/checkout/target/${n}")
  assert x.isFile() && y.isFile(): n
  assert x.bytes == y.bytes: "the two ${n} differ"
}

// The retention period is in words, and in English, whatever the build machine's language.
def page = new File(one, 'sample-privacy/2025-01-01/index.html').getText('UTF-8')
assert page.contains('We keep your email address 13 months after the last login.')
assert page.contains('1 January 2025')

// No build time anywhere: not the date of the build (in any time zone near it), nor a timestamp.
def days = (-1..1).collect { LocalDate.now(ZoneOffset.UTC).plusDays(it) }
def stamps = days.collectMany { d ->
  [d.toString(), d.format(DateTimeFormatter.ofPattern('d MMMM uuuu', Locale.ENGLISH)),
   d.format(DateTimeFormatter.ofPattern('d MMMM uuuu', Locale.FRENCH))]
}
def reports = ['target/policy-lint.sarif', 'target/policy-lint.json'].collect { new File(basedir, it) }
def outputs = []
one.eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
registerOne.eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
complianceOne.eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
// The day the adequacy data was last checked is data, not the build's date; the rules' docs in the
// SARIF report quote it ("pending as of ..."), so it is taken out before looking for the build date.
def adequacy = new File(basedir, '../../../../policy-model/src/main/resources/dev/policyascode/gdpr/adequacy.json')
def checked = (adequacy.getText('UTF-8') =~ /"checked": "(\d{4}-\d{2}-\d{2})"/)[0][1]
(outputs + reports).each { f ->
  def text = f.getText('UTF-8').replace("as of ${checked}", 'as of the day the data was checked')
  stamps.each { s -> assert !text.contains(s): "${f} holds the build date ${s}" }
  // The Atom feed must give date-times: those are the versions' effective dates at midnight UTC.
  assert !(text.replaceAll(/\d{4}-\d{2}-\d{2}T00:00:00Z/, '') =~ /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/): "${f} holds a timestamp"
}
true
