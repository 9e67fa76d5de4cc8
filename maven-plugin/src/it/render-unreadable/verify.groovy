def log = new File(basedir, 'build.log').text

// failOn=none lets findings through, but a policy that cannot be read is never left out of the
// site: rendering without it would take its published pages down.
assert log.contains('broken-privacy/versions/2024-01-01.yaml:7:5: error: unknown key \'titel\'')
assert log.contains('Nothing was rendered: broken-privacy could not be read (see the errors above)')
assert !new File(basedir, 'target/policy-site').exists()
