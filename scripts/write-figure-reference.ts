import { writeFileSync } from 'node:fs';
import { referenceFigurePng, referencePath } from './figure-reference';

writeFileSync(referencePath, referenceFigurePng());
console.log(`wrote ${referencePath}`);
