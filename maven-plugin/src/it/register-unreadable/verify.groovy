def log = new File(basedir, 'build.log').text

// The register goal lints first, like render: with a policy that cannot be read, no record of
// processing is written, whatever failOn says.
assert log.contains('broken-privacy/versions/2024-01-01.yaml:7:5: error: unknown key \'titel\'')
assert log.contains('Policy lint could not read broken-privacy (see the errors above); nothing is checked or rendered while a policy cannot be read')
assert !log.contains('Wrote the records of processing')
assert !new File(basedir, 'target/policy-register').exists()
