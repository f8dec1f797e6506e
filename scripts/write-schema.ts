// Writes the JSON Schema file from its one definition in src/record/schema.ts.
import fs from 'node:fs';
import { recordSchema } from '../src/record/schema.js';

fs.mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../schema/ascribe-v1.schema.json', import.meta.url), JSON.stringify(recordSchema, null, 2) + '\n');
console.log('wrote schema/ascribe-v1.schema.json');
