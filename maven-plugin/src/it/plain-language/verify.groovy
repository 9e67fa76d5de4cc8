def log = new File(basedir, 'build.log').text

// 1: a hedge is reported, the reader's right is not; the 17-word sentence passes 12, the others do not.
assert log.contains("sample-privacy/versions/2024-01-01.yaml:11:14: info: 'may' leaves people guessing")
assert log.count('[plain-vague-qualifier]') == 1
assert log.contains('info: A sentence of 17 words (more than 12) starting')
assert log.count('[plain-long-sentence]') == 1

// 2: the refused limit names the parameter as the POM spells it.
assert log.contains('plainSentenceWords (policy.plainSentenceWords): The longest sentence allowed must be at least 10 words, not 5.')
