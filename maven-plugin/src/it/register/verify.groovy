def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'target/policy-register/sample-privacy')

// Six files: Art. 30(1) and 30(2), each in three formats; nothing public.
['register', 'processor-register'].each { name ->
  ['html', 'md', 'csv'].each { ext -> assert new File(dir, "${name}.${ext}").isFile() }
}
assert !new File(basedir, 'target/policy-site').exists()
assert log.contains("[INFO] Wrote the records of processing (6 files) for sample-privacy to ${new File(basedir, 'target/policy-register').canonicalPath}")
// The second build changed nothing the records are made from: kept, with the state beside them.
// (Once, in a full invoker run, the second build wrote them all again; not reproduced since. The
// state file, the keys it compares, is printed should it happen again.)
def registerState = new File(basedir, 'target/policy-register.state')
assert log.count('[INFO] Wrote the records of processing') == 1 : registerState.isFile() ? registerState.text : 'no state file'
assert log.contains('[INFO] The records of processing of sample-privacy are up to date (6 files); nothing written')
assert new File(basedir, 'target/policy-register.state').isFile()
assert !new File(dir, 'policy-register.state').exists()

// Built from the latest published version, never from the draft.
def html = new File(dir, 'register.html').getText('UTF-8')
assert html.contains('Built from version 2024-01-01')
assert !html.contains('2025-01-01')
// A summary row per activity leads to its sheet, which gives every Art. 30(1) item.
assert html.contains('<h2 id="summary">Summary</h2>')
assert html.contains('<th scope="row"><a href="#activity-orders">Orders and invoicing</a></th>')
assert html.contains('<section class="sheet" id="activity-orders"')
assert html.contains('<dt>Art. 30(1)(f) Time limits for erasure</dt>')
// The data-flow picture, static and titled, with its text alternative beside it.
assert html.contains('<svg xmlns="http://www.w3.org/2000/svg" class="flow" role="img"')
assert html.contains('<title id="flow-title">Data flow:')
assert html.contains('<caption>The data flow as text, one row per processing activity</caption>')
assert !html.contains('<script')
assert html.contains('10 years from the end of the financial year')
assert html.contains('Cloud Inc., US: standard contractual clauses')
assert html.contains('Data protection officer: Jane Doe, dpo@example.com')

// The CSV: a byte order mark, CRLF between records, and no cell that runs as a formula.
byte[] csv = new File(dir, 'register.csv').bytes
assert csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF
def text = new String(csv, 'UTF-8')
assert text.contains('\r\n"orders","Orders and invoicing",')
assert text.contains('"\'=HYPERLINK(""http://example.com"";""invoices"")"')
assert !text.contains(',"=HYPERLINK')

def processor = new File(dir, 'processor-register.csv').getText('UTF-8')
assert processor.contains('Controller: each Customer')
assert processor.contains('storage of the files Customers upload')
