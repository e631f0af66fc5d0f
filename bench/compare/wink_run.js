// Runs wink-nlp (English lite web model) over every *.txt below a folder: entities and
// sentiment of each document and sentence, as `strata annotate -p tokens,entities,sentiment`
// gives them. Prints one JSON line: documents, bytes, CPU seconds, entities.
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

function filesBelow(folder) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesBelow(full));
    else if (entry.name.endsWith('.txt')) found.push(full);
  }
  return found.sort();
}

const files = filesBelow(process.argv[2]);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));  // read before the clock starts
const nlp = winkNLP(model);
const its = nlp.its;
let bytes = 0;
let entities = 0;
// CPU time, not wall time: steadier when other work shares the machine.
const start = process.cpuUsage();
for (const text of texts) {
  const doc = nlp.readDoc(text);
  entities += doc.entities().out().length;
  doc.out(its.sentiment);
  doc.sentences().each((s) => s.out(its.sentiment));
  bytes += Buffer.byteLength(text, 'utf8');
}
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
console.log(JSON.stringify({ tool: 'wink-nlp', documents: texts.length, bytes, seconds, entities }));
