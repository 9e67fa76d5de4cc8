def log = new File(basedir, 'build.log').text

// 1. The hand-written version is untouched.
assert log.contains('already exists and an import never overwrites one')
assert new File(basedir, 'acme-privacy/versions/2024-05-01.yaml').text.contains('Written by hand.')
// 2-4. Plain messages naming the file; no stack trace of the plugin's own (the invoker runs
// Maven with -e, whose trace of the failure is Maven's).
assert log.contains('missing.md: there is no readable file here; check the path of the notice')
assert log.contains('notice.pdf: the format of this file cannot be told from its name')
assert log.contains('broken.docx: could not be read as a Word document (.docx)')
def thrown = (log =~ /([A-Za-z.]+(?:Exception|Error)):/).collect { it[1] }.unique()
def maven = ['org.apache.maven.lifecycle.LifecycleExecutionException', 'org.apache.maven.plugin.MojoFailureException']
assert maven.containsAll(thrown): thrown
// Nothing was written by any of them.
assert new File(basedir, 'acme-privacy/versions').list().toList() == ['2024-05-01.yaml']
