import { readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const DOCS = ['README.md', 'CONTRIBUTING.md', 'examples/README.md', 'bench/README.md', 'docs/architecture.md'];
const TASKS: { readonly [name: string]: unknown } = JSON.parse(read('.projen/tasks.json')).tasks;
const SCRIPTS: { readonly [name: string]: string } = JSON.parse(read('package.json')).scripts;

/** Every `npx projen <task> …` and `npm run <script> …` a document names, with the rest of its line. */
function commands(pattern: RegExp): { readonly doc: string; readonly name: string; readonly rest: string }[] {
  return DOCS.flatMap(doc => [...read(doc).matchAll(pattern)].map(match => ({ doc, name: match[1], rest: match[2] })));
}

describe('the commands the docs give', () => {
  const projenTasks = commands(/npx projen ([a-z][a-z0-9:-]*)([^`\n]*)/g);
  const npmScripts = commands(/npm run ([a-z][a-z0-9:-]*)([^`\n]*)/g);

  test('name projen tasks that exist, and pass their options without `--`, which projen refuses', () => {
    expect(projenTasks.length).toBeGreaterThan(5);
    expect(projenTasks.filter(command => !(command.name in TASKS))).toEqual([]);
    expect(projenTasks.filter(command => /^\s+--(\s|$)/.test(command.rest))).toEqual([]);
  });

  test('name npm scripts that exist', () => {
    expect(npmScripts.length).toBeGreaterThan(0);
    expect(npmScripts.filter(command => !(command.name in SCRIPTS))).toEqual([]);
  });
});
