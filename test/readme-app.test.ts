import * as fs from 'fs';
import * as path from 'path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { synthesizeApp } from './local-deploy';

const ROOT = path.resolve(__dirname, '..');
const ASSET = 'lambda/sender';

/** The README's whole app: the `ts fixture=app` block of its "The simplest app" section. */
function simplestApp(): string {
  const section = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split(/^## The simplest app$/m)[1];
  const block = /^```ts fixture=app\n([\s\S]*?)^```$/m.exec(section ?? '');
  if (!block) throw new Error('README.md has no `ts fixture=app` block under "## The simplest app"');
  return block[1];
}

describe("the README's simplest app", () => {
  test('synthesizes as written, importing the library by its package name, into a configuration set with its logs and a function allowed to send', async () => {
    // Inside the repository, as an app sits in its own project: aws-cdk-lib resolves from
    // node_modules, and the package name through test/tsconfig.json's paths.
    const dir = fs.mkdtempSync(path.join(__dirname, '.readme-app-'));
    try {
      const source = simplestApp();
      expect(source).toContain(`fromAsset('${ASSET}')`);
      fs.mkdirSync(path.join(dir, ASSET), { recursive: true });
      fs.writeFileSync(path.join(dir, ASSET, 'index.js'), 'exports.handler = async () => undefined;\n');
      // The synth runs in this process, whose directory is the repository: the asset is the app's own.
      fs.writeFileSync(path.join(dir, 'app.ts'), source.replace(`fromAsset('${ASSET}')`, `fromAsset(${JSON.stringify(path.join(dir, ASSET))})`));

      const [stack, ...others] = await synthesizeApp(path.join(dir, 'app.ts'));

      expect(others).toEqual([]);
      expect(stack.stackName).toBe('Messaging');
      const template = Template.fromJSON(stack.template);
      template.hasResourceProperties('Custom::SmsVoiceConfigurationSet', Match.objectLike({
        DefaultMessageType: 'TRANSACTIONAL',
        EventDestinations: [Match.objectLike({
          EventDestinationName: 'Logs',
          MatchingEventTypes: ['TEXT_DELIVERED', 'TEXT_BLOCKED'],
          CloudWatchLogsDestination: { IamRoleArn: Match.anyValue(), LogGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SmsEvents'), 'Arn'] } },
        })],
      }));
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['sms-voice:SendTextMessage']) })]) },
        Roles: [{ Ref: Match.stringLikeRegexp('^SenderServiceRole') }],
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
