def log = new File(basedir, 'build.log').text

// failOn=none lets findings through, but a policy that cannot be read is never left out of the
// site: rendering without it would take its published pages down.
assert log.contains('broken-privacy/versions/2024-01-01.yaml:7:5: error: unknown key \'titel\'')
assert log.contains('Policy lint could not read broken-privacy (see the errors above); nothing is checked or rendered while a policy cannot be read')
assert !new File(basedir, 'target/policy-site').exists()
