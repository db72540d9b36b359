import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadStacks } from './stack-source';
import { readStacks } from './template';

describe('readStacks', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'read-stacks-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  const template = (topic: string) => ({ Resources: { [topic]: { Type: 'AWS::SNS::Topic' } } });

  test("reads a cloud assembly's stacks, in its manifest's order, under their stack names", () => {
    fs.writeFileSync(path.join(directory, 'manifest.json'), JSON.stringify({
      artifacts: {
        'Second.assets': { type: 'cdk:asset-manifest', properties: { file: 'Second.assets.json' } },
        'Second': { type: 'aws:cloudformation:stack', properties: { templateFile: 'Second.template.json', stackName: 'second-stack' } },
        'First': { type: 'aws:cloudformation:stack', properties: { templateFile: 'First.template.json' } },
      },
    }));
    fs.writeFileSync(path.join(directory, 'Second.template.json'), JSON.stringify(template('B')));
    fs.writeFileSync(path.join(directory, 'First.template.json'), JSON.stringify(template('A')));

    expect(readStacks(directory)).toEqual([
      { stackName: 'second-stack', template: template('B') },
      { stackName: 'First', template: template('A') },
    ]);
  });

  test("reads the stacks of a Stage's nested assembly where the manifest lists the stage", () => {
    fs.mkdirSync(path.join(directory, 'assembly-dev'));
    fs.writeFileSync(path.join(directory, 'manifest.json'), JSON.stringify({
      artifacts: {
        'First': { type: 'aws:cloudformation:stack', properties: { templateFile: 'First.template.json' } },
        'assembly-dev': { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-dev', displayName: 'dev' } },
        'Last': { type: 'aws:cloudformation:stack', properties: { templateFile: 'Last.template.json' } },
      },
    }));
    fs.writeFileSync(path.join(directory, 'assembly-dev', 'manifest.json'), JSON.stringify({
      artifacts: { devMessaging: { type: 'aws:cloudformation:stack', properties: { templateFile: 'devMessaging.template.json', stackName: 'dev-Messaging' } } },
    }));
    fs.writeFileSync(path.join(directory, 'First.template.json'), JSON.stringify(template('A')));
    fs.writeFileSync(path.join(directory, 'assembly-dev', 'devMessaging.template.json'), JSON.stringify(template('B')));
    fs.writeFileSync(path.join(directory, 'Last.template.json'), JSON.stringify(template('C')));

    expect(readStacks(directory)).toEqual([
      { stackName: 'First', template: template('A') },
      { stackName: 'dev-Messaging', template: template('B') },
      { stackName: 'Last', template: template('C') },
    ]);
  });

  test('reads a template file as one stack named after the file', () => {
    const file = path.join(directory, 'Orders.template.json');
    fs.writeFileSync(file, JSON.stringify(template('A')));

    expect(readStacks(file)).toEqual([{ stackName: 'Orders', template: template('A') }]);
  });

  test('is what loadStacks does with anything but an entry file', async () => {
    const file = path.join(directory, 'Orders.template.json');
    fs.writeFileSync(file, JSON.stringify(template('A')));

    expect(await loadStacks(file)).toEqual(readStacks(file));
  });
});
