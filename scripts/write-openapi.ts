import { writeFileSync } from 'node:fs';
import { openApiText } from './openapi-document';

writeFileSync('openapi.json', openApiText());
console.log('wrote openapi.json');
