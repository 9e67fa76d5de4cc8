// Copies the Qucit policy as committed (its published 2018 version and its lock) and edits one
// word of the published version, as someone correcting it in place would.
def repo = new File(basedir, '../../../..').canonicalFile
def from = new File(repo, 'policies/qucit-privacy')
def to = new File(basedir, 'qucit-privacy')
from.eachFileRecurse { f ->
  def target = new File(to, from.toPath().relativize(f.toPath()).toString())
  if (f.isDirectory()) target.mkdirs()
  else { target.parentFile.mkdirs(); target.bytes = f.bytes }
}
def file = new File(to, 'versions/2018-05-25.yaml')
def text = file.getText('UTF-8')
def edited = text.replaceFirst('Updated to May 25, 2018', 'Updated to May 26, 2018')
assert edited != text
file.setText(edited, 'UTF-8')
// The accepted findings of the 2018 version, with paths relative to this project.
def baseline = new File(repo, 'policies/policy-lint-baseline.json').getText('UTF-8')
new File(basedir, 'policy-lint-baseline.json')
    .setText(baseline.replace('"policies/qucit-privacy/', '"qucit-privacy/'), 'UTF-8')
return true
