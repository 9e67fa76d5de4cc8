def log = new File(basedir, 'build.log').text

// Maven warns about any plugin of a parallel build that is not marked thread-safe.
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as thread-safe'): 'a goal is not marked thread-safe'

['one', 'two', 'three'].each { m ->
  def page = new File(basedir, "${m}/target/policy-site/${m}-privacy/2024-01-01/index.html")
  assert page.isFile()
  assert page.getText('UTF-8').contains("Example ${m} decides")
  assert log.contains("${m}-privacy: no findings in 2 files")
  assert new File(basedir, "${m}/target/policy-lint.sarif").isFile()
}
true
