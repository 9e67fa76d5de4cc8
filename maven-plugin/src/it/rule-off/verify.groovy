def log = new File(basedir, 'build.log').text

// 1: the switched-off rule reports nothing.
assert !log.contains('[xref-section-number]')
assert log.contains('sample-privacy: no findings in 2 files')

// 2 and 3: the configuration error names the entry, and suggests the rule meant.
assert log.contains("In <rules>: There is no rule 'xref-section-numbers'. Did you mean 'xref-section-number'?")
assert log.contains("The rule 'xref-section-number' is set to 'warn' in <rules>; write off, error, warning or info")
