// A notice with a session cookie, local storage, a third party's tracker and retention periods
// that are events or criteria: before the cookies register, the session cookie could not be
// written and the build failed; now it passes and the page shows the cookie table.
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/policy-site')

assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

def md = new File(site, 'nordlicht-privacy/2026-06-01/index.md').getText('UTF-8')
assert md.contains('|Name|Set by|Purpose|Lifetime|Consent|')
assert md.contains('|nl\\_session|Us (first party)|keeping you signed in to the Service|session (until the browser is closed)|Not needed (strictly necessary)|')
assert md.contains('|nl\\_language (local storage)|')
assert md.contains('|Zählwerk Statistik GmbH|counting visits to our website, with your consent|13 months|Only with your consent|')
assert md.contains('Nordlicht keeps the email address of a subscriber until consent is withdrawn.')
assert md.contains('Nordlicht keeps the profile of a member of a Customer\'s staff until the account is closed.')
assert md.contains('as long as a dispute about an invoice is open.')

def page = new File(site, 'nordlicht-privacy/2026-06-01/index.html').getText('UTF-8')
assert page.contains('<th>Set by</th>')
assert page.contains('session (until the browser is closed)')

// The record of processing and its CSV say the events in words, as the notice does.
def record = new File(basedir, 'target/policy-register/nordlicht-privacy/register.html').getText('UTF-8')
assert record.contains('until consent is withdrawn')
assert record.contains('until the account is closed')
def csv = new File(basedir, 'target/policy-register/nordlicht-privacy/register.csv').getText('UTF-8')
assert csv.contains('until consent is withdrawn')
assert csv.contains('as long as a dispute about an invoice is open')
