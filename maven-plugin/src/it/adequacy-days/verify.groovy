def log = new File(basedir, 'build.log').text

// 1: with a year's notice, the renewal's end on 2031-12-27 is reported, 209 days ahead.
assert log.contains('applies until 2031-12-27, 209 days after this version takes effect')
assert log.contains('[transfers-adequacy-expiring]')

// 2: a negative period is a configuration error that names the parameter.
assert log.contains('adequacyWarningDays (policy.adequacyWarningDays) is -5; write a number of days, 0 or more')
