// Validate Turtle files against SHACL Core shapes with rdf-validate-shacl (Zazuko, a port of TopQuadrant's
// shacl-js), independently of pySHACL. One JSON line per data file on stdout:
//   {"file": ..., "conforms": true|false, "results": [{"focus", "component", "path"}]}
// Usage: node validate.mjs --shapes SHAPES.ttl [--with ONTOLOGY.ttl]... DATA.ttl...
// Each --with file is added to every data graph (what pySHACL's ont_graph does), so sh:class sees the
// ontology's rdfs:subClassOf and the measure scheme's categories.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Parser } from 'n3'
import datasetFactory from '@rdfjs/dataset'
import SHACLValidator from 'rdf-validate-shacl'

function parse (path) {
  const parser = new Parser({ format: 'text/turtle', baseIRI: pathToFileURL(path).href })
  return parser.parse(readFileSync(path, 'utf8'))
}

function term (node) {
  if (!node) return null
  if (node.termType === 'BlankNode') return '_:'
  return node.value
}

function pathText (path) {
  // A predicate path is its IRI; any other path (inverse, sequence) is "complex", as the pytest side writes it.
  if (!path) return null
  if (path.termType === 'NamedNode') return path.value
  return 'complex'
}

const args = process.argv.slice(2)
let shapesPath = null
const extra = []
const files = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--shapes') shapesPath = args[++i]
  else if (args[i] === '--with') extra.push(args[++i])
  else files.push(args[i])
}
if (!shapesPath || files.length === 0) {
  console.error('usage: node validate.mjs --shapes SHAPES.ttl [--with ONTOLOGY.ttl]... DATA.ttl...')
  process.exit(2)
}

const shapes = datasetFactory.dataset(parse(shapesPath))
const ontology = extra.flatMap(parse)
const validator = new SHACLValidator(shapes)
for (const file of files) {
  const data = datasetFactory.dataset([...ontology, ...parse(file)])
  const report = await validator.validate(data)
  const results = report.results.map((r) => ({
    focus: term(r.focusNode),
    component: term(r.sourceConstraintComponent),
    path: pathText(r.path)
  }))
  console.log(JSON.stringify({ file, conforms: report.conforms, results }))
}
