// A second checkout of the same project in another folder, its files created in the reverse
// order of their names, so that a loader trusting the directory's order would read them otherwise.
def copy = new File(basedir, 'elsewhere/checkout')
def files = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
  def rel = basedir.toPath().relativize(f.toPath()).toString()
  if (rel.startsWith('sample-privacy') || rel == 'pom.xml' || rel.startsWith('.mvn')) files << rel
}
files.sort().reverse().each { rel ->
  def to = new File(copy, rel)
  to.parentFile.mkdirs()
  to.bytes = new File(basedir, rel).bytes
}
true
