def log = new File(basedir, 'build.log').text

// 1. Lint ran without a project, on the folder Maven ran in, and wrote its reports to ./target.
assert !new File(basedir, 'pom.xml').exists()
assert log.contains('sample-privacy: no findings in 2 files')
assert new File(basedir, 'target/policy-lint.sarif').isFile()
assert new File(basedir, 'target/policy-lint.json').isFile()

// 2. The help goal documents every parameter a user can set, of every goal. The list comes from
// the plugin descriptor the build generated, so a parameter added tomorrow is checked too.
def descriptor = new File(basedir, '../../classes/META-INF/maven/plugin.xml')
assert descriptor.isFile()
def doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor)
def children = { node, String tag -> (0..<node.childNodes.length).collect { node.childNodes.item(it) }.findAll { it.nodeName == tag } }
def text = { node, String tag -> children(node, tag).collect { it.textContent }.join() }
def helpText = log.substring(log.indexOf('This plugin has'))
def checked = 0
def mojos = children(children(doc.documentElement, 'mojos')[0], 'mojo')
mojos.each { mojo ->
  def goal = text(mojo, 'goal')
  // The help prints each goal as a line of its own, "policy:<goal>", then its parameters.
  def heading = (helpText =~ /(?m)^policy:${goal}$/)
  assert heading.find(): "the help does not list the goal ${goal}"
  def rest = helpText.substring(heading.end())
  def next = (rest =~ /(?m)^policy:\S+$/)
  def section = next.find() ? rest.substring(0, next.start()) : rest
  def configuration = children(mojo, 'configuration')[0]
  children(children(mojo, 'parameters')[0], 'parameter').findAll { text(it, 'editable') == 'true' }.each { p ->
    def name = text(p, 'name')
    assert section =~ /(?m)^ {4}${name}\b/: "policy:${goal} help lacks the parameter ${name}:\n${section}"
    checked++
    def property = children(configuration, name).collect { it.getAttribute('property') }.find { it }
    if (property) {
      assert section.contains("User property: ${property}"): "policy:${goal} help lacks -D${property}"
    }
  }
}
assert checked >= 20: "only ${checked} parameters checked"
true
