def log = new File(basedir, 'build.log').text
def file = 'qucit-privacy/versions/2018-05-25.yaml'

assert log.contains("[ERROR] ${file}:3:10: error: ${file} was published and has changed since (it no longer matches qucit-privacy/versions.lock); a published version never changes: undo the edit (git checkout -- ${file}) and make the change in a new version, started with mvn policy:new-version [versions-changed]")
// Nothing rendered from a policy whose record was altered.
assert !new File(basedir, 'target/policy-site').exists()
