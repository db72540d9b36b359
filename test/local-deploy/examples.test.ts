import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES_DIR, exampleApps } from './examples';

describe('exampleApps', () => {
  test('lists every TypeScript app of a directory, by name, sorted', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
    for (const file of ['pool.ts', 'README.md', 'configuration-set.ts', 'tsconfig.json', 'types.d.ts']) fs.writeFileSync(path.join(directory, file), '');

    expect(exampleApps(directory)).toEqual([
      { name: 'configuration-set', entry: path.join(directory, 'configuration-set.ts') },
      { name: 'pool', entry: path.join(directory, 'pool.ts') },
    ]);
    fs.rmSync(directory, { recursive: true });
  });

  test("reads the project's examples/ by default", () => {
    expect(exampleApps().map(app => app.name)).toContain('configuration-set-with-logs');
    expect(exampleApps().every(app => path.dirname(app.entry) === EXAMPLES_DIR)).toBe(true);
  });
});

describe('the example apps', () => {
  const packageName: string = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, '..', 'package.json'), 'utf8')).name;

  test.each(exampleApps().map(app => [app.name, app.entry]))('%s imports the library by its package name, as an app does', (_name, entry) => {
    const source = fs.readFileSync(entry, 'utf8');
    expect(source).toContain(`from '${packageName}';`);
    expect(source).not.toMatch(/from '\.\.?\/(\.\.\/)*src/);
  });
});
