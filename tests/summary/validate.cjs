// Validates summaries against docs/summary.schema.json with ajv (JSON Schema
// 2020-12, strict mode): node validate.cjs AJV_DIR SCHEMA FILE...
// Prints "FILE: valid" or each error as "FILE: JSON-PATH: message"; exit 1
// if any file is invalid, 2 if ajv or the schema cannot be loaded.
'use strict';
const fs = require('fs');
const path = require('path');

const [ajvDir, schemaPath, ...files] = process.argv.slice(2);
let Ajv2020;
try {
  Ajv2020 = require(path.join(ajvDir, 'node_modules', 'ajv', 'dist', '2020')).default;
} catch (e) {
  console.error(`ajv not found in ${ajvDir} (scripts/setup installs it): ${e.message}`);
  process.exit(2);
}
let validate;
try {
  const ajv = new Ajv2020({strict: true, allErrors: true});
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
} catch (e) {
  console.error(`${schemaPath}: not a valid schema: ${e.message}`);
  process.exit(2);
}
let bad = 0;
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(doc)) {
    console.log(`${file}: valid`);
    continue;
  }
  bad++;
  for (const err of validate.errors) console.log(`${file}: ${err.instancePath || '/'}: ${err.message}`);
}
process.exit(bad ? 1 : 0);
