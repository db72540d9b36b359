import { readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** The info strings of the fenced code blocks of a markdown text, in order (`ts fixture=pipeline` reads `ts`). */
const fences = (markdown: string) => [...markdown.matchAll(/^```(\S+)/gm)].map(match => match[1]);

describe.each([
  ['API.python.md', 'python'],
  ['API.java.md', 'java'],
])('%s, which `npx projen docgen` writes', (file, language) => {
  const [readme] = read(file).split(/^# API Reference/m);

  test(`carries the README with every TypeScript snippet translated to ${language} by jsii-rosetta`, () => {
    const readmeFences = fences(read('README.md'));
    expect(readmeFences.filter(info => info === 'ts').length).toBeGreaterThan(0);
    expect(fences(readme)).toEqual(readmeFences.map(info => (info === 'ts' ? language : info)));
  });

  test('documents every type that API.md documents', () => {
    const types = [...read('API.md').matchAll(/^### (\w+) <a name="\w+" id="cdk-end-user-messaging-sms\.\w+"><\/a>$/gm)].map(m => m[1]);
    expect(types).toContain('Pool');
    for (const name of types) expect(read(file)).toContain(`### ${name} <a name="${name}"`);
  });
});
