def log = new File(basedir, 'build.log').text

// The misspelt concept is named where it is written, in plain words, and nothing is exported.
assert log.contains('trailmap-privacy/versions/2026-06-01.yaml:14:10: dpv: pd:Locaton is not a concept of DPV 2.1; write one from https://w3id.org/dpv/2.1 (such as pd:Location), or remove the key to use the default mapping (export format dpv)')
assert log.contains('No export was written')
assert !log.contains('Wrote the exports')
assert !log.contains('\tat dev.policyascode') // no stack trace
assert !new File(basedir, 'target/policy-export').exists()
