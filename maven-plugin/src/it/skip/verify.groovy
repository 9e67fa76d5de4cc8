def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Policy lint skipped (policy.skip is set)')
assert log.contains('[INFO] Policy render skipped (policy.skip is set)')
assert log.contains('[INFO] Policy lint skipped (policy.lint.skip is set)')
assert log.contains('[INFO] Policy render skipped (policy.render.skip is set)')
assert !log.contains('BUILD FAILURE')
assert !log.contains('[ERROR]')
assert !new File(basedir, 'target/policy-lint.sarif').exists()
assert !new File(basedir, 'target/policy-site').exists()
